import Link from "next/link";
import { quietButtonClass } from "@/components/forms/button-styles";
import { inputClass } from "@/components/forms/form-field";
import { actionLabel } from "@/lib/audit-actions";

type FilterProps = {
  name: "action" | "admin";
  label: string;
  /** The choice that filters nothing: "All actions". */
  all: string;
  options: { value: string; label: string }[];
  value: string;
};

function Filter({ name, label, all, options, value }: FilterProps) {
  const id = `audit-${name}`;
  return (
    <div className="min-w-48 flex-1 sm:flex-none">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={inputClass}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

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
      <Filter
        name="action"
        label="Action"
        all="All actions"
        options={actions.map((a) => ({ value: a, label: actionLabel(a) }))}
        value={action}
      />
      <Filter
        name="admin"
        label="Admin"
        all="All admins"
        options={admins.map((a) => ({ value: a.handle, label: `${a.name} (@${a.handle})` }))}
        value={admin}
      />
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
