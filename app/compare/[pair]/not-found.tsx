/** The layout above has already said what is wrong with the address; this adds nothing to it. */
export default function ComparisonNotFound() {
  return null;
}
