"use client";

type CoverImageProps = { src: string; alt: string; className: string };

/**
 * An above-the-fold cover, loaded at once. A client component on purpose: the server's data for
 * a page names no image of it, so a page that prefetches a link here preloads nothing.
 */
export function CoverImage({ src, alt, className }: CoverImageProps) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- covers are small local SVGs or stored files; no optimiser needed
    <img
      src={src}
      alt={alt}
      className={className}
      width={600}
      height={600}
      loading="eager"
      fetchPriority="high"
    />
  );
}
