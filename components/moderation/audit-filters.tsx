import Link from "next/link";
import { quietButtonClass } from "@/components/button-styles";
import { actionLabel } from "@/lib/moderation";

const selectClass =
  "mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base text-ink dark:border-stone-600 dark:bg-stone-900 dark:text-night-ink";

type AuditFiltersProps = {
  actions: string[];
  admins: { name: string; handle: string }[];
  /** What the address asks for now. */
  action?: string;
  admin?: string;
};

/** A plain GET form: the filters live in the address, so a filtered log can be linked to. */
export function AuditFilters({ actions, admins, action = "", admin = "" }: AuditFiltersProps) {
  return (
    <form
      method="get"
      action="/admin/audit"
      role="search"
      aria-label="Filter the audit log"
      className="mt-6 flex flex-wrap items-end gap-4 rounded-lg border border-stone-300 p-4 dark:border-stone-700"
    >
      <div className="min-w-48 flex-1 sm:flex-none">
        <label htmlFor="audit-action" className="block text-sm font-medium">
          Action
        </label>
        <select id="audit-action" name="action" defaultValue={action} className={selectClass}>
          <option value="">All actions</option>
          {actions.map((a) => (
            <option key={a} value={a}>
              {actionLabel(a)}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-48 flex-1 sm:flex-none">
        <label htmlFor="audit-admin" className="block text-sm font-medium">
          Admin
        </label>
        <select id="audit-admin" name="admin" defaultValue={admin} className={selectClass}>
          <option value="">All admins</option>
          {admins.map((a) => (
            <option key={a.handle} value={a.handle}>
              {a.name} (@{a.handle})
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" className={quietButtonClass}>
          Filter
        </button>
        {(action || admin) && (
          <Link href="/admin/audit" className="link-accent text-sm">
            Show everything
          </Link>
        )}
      </div>
    </form>
  );
}
