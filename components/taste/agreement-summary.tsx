import { AGREEMENT_RULE, type Agreement } from "@/lib/taste";

/** The two readers' agreement as a figure, or why there is none yet, with the rule behind it. */
export function AgreementSummary({ agreement }: { agreement: Agreement }) {
  return (
    <div className="mt-6 rounded-lg border border-stone-300 p-4 sm:p-6 dark:border-stone-700">
      {agreement.kind === "figure" ? (
        <p>
          <span className="block font-serif text-5xl font-semibold tabular-nums" data-agreement>
            {agreement.percent}%
          </span>
          <span className="mt-1 block text-soft">
            agreement over {agreement.inCommon} soundtracks scored by both
          </span>
        </p>
      ) : (
        <p className="font-semibold" data-agreement>
          Too few soundtracks in common for a figure yet: {agreement.inCommon} of the{" "}
          {agreement.needed} needed.
        </p>
      )}
      <p className="mt-3 text-sm text-soft">{AGREEMENT_RULE}</p>
    </div>
  );
}
