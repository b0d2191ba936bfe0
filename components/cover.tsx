type CoverProps = {
  title: string;
  src: string | null;
  alt: string | null;
  size: "small" | "large";
  priority?: boolean;
};

const sizes = { small: "w-24 sm:w-28", large: "w-full max-w-72" };

function hue(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) % 360;
  return h;
}

/** Without cover art, a typographic cover keeps every soundtrack recognisable. */
export function Cover({ title, src, alt, size, priority }: CoverProps) {
  const frame = `${sizes[size]} aspect-square shrink-0 self-start overflow-hidden rounded-md shadow-md ring-1 ring-black/10`;
  if (src) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- covers are small local SVGs; no optimiser needed
      <img
        src={src}
        alt={alt ?? `Album cover of ${title}`}
        width={600}
        height={600}
        loading={priority ? "eager" : "lazy"}
        className={`${frame} object-cover`}
      />
    );
  }
  const h = hue(title);
  return (
    <div
      role="img"
      aria-label={`Cover of ${title}`}
      className={`${frame} flex items-end p-3`}
      style={{
        background: `linear-gradient(150deg, hsl(${h} 45% 22%), hsl(${(h + 40) % 360} 55% 12%))`,
      }}
    >
      <span
        aria-hidden="true"
        className={`font-serif leading-tight font-semibold text-white ${size === "large" ? "text-2xl" : "text-xs"}`}
      >
        {title}
      </span>
    </div>
  );
}
