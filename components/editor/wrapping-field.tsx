import { type TextareaHTMLAttributes, useLayoutEffect, useRef } from "react";

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "onChange" | "rows"> & {
  value: string;
  onChange: (value: string) => void;
};

const supportsFieldSizing = () =>
  typeof CSS !== "undefined" && CSS.supports("field-sizing", "content");

/**
 * A one-line value shown in full however narrow the screen: a text box that wraps and grows
 * with its text (a track title, a link's label), where Enter and pasted line breaks add no line.
 */
export function WrappingField({ value, onChange, className = "", onKeyDown, ...props }: Props) {
  const box = useRef<HTMLTextAreaElement>(null);
  // Browsers without field-sizing (Firefox, older Safari) get the height the text needs.
  useLayoutEffect(() => {
    const element = box.current;
    if (!element || supportsFieldSizing()) return;
    const fit = () => {
      element.style.height = "auto";
      element.style.height = `${element.scrollHeight + element.offsetHeight - element.clientHeight}px`;
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [value]);
  return (
    <textarea
      ref={box}
      rows={1}
      value={value}
      onChange={(event) => onChange(event.target.value.replace(/\s*[\r\n]+\s*/g, " "))}
      onKeyDown={(event) => {
        if (event.key === "Enter") event.preventDefault();
        onKeyDown?.(event);
      }}
      className={`${className} field-sizing-content resize-none overflow-hidden`}
      {...props}
    />
  );
}
