import { describe, expect, it } from "vitest";
import { hasImageWithoutAlt, imageMarkdown, insertImage } from "./body-images";

describe("images in the body", () => {
  it("writes the alt text so that a bracket or a line break cannot end the image early", () => {
    expect(imageMarkdown("The [deluxe]\nsleeve ", "/images/3?v=1-x")).toBe(
      "![The \\[deluxe\\] sleeve](/images/3?v=1-x)",
    );
  });

  it("puts the image in a paragraph of its own wherever the cursor is", () => {
    const image = "![Sleeve](/images/1?v=1-x)";
    expect(insertImage("", 0, image)).toBe(image);
    expect(insertImage("Before.", 7, image)).toBe(`Before.\n\n${image}`);
    expect(insertImage("Before.\n\nAfter.", 9, image)).toBe(`Before.\n\n${image}\n\nAfter.`);
    expect(insertImage("Before.\nAfter.", 8, image)).toBe(`Before.\n\n${image}\n\nAfter.`);
    expect(insertImage("One sentence.", 4, image)).toBe(`One \n\n${image}\n\nsentence.`);
  });

  it("finds an image without alt text, and only that", () => {
    expect(hasImageWithoutAlt("Text ![](/images/1?v=1-x) more")).toBe(true);
    expect(hasImageWithoutAlt("![  ](/images/1?v=1-x)")).toBe(true);
    expect(hasImageWithoutAlt("![Sleeve](/images/1?v=1-x) and [a link](https://example.com)")).toBe(
      false,
    );
  });
});
