"use client";

import { saveWeeklySlot } from "@/app/admin/settings/actions";
import { compactButtonClass } from "@/components/forms/button-styles";
import { FieldErrors, inputClass } from "@/components/forms/form-field";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { WEEKDAYS, type WeeklySlot } from "@/lib/weekly-slot";

/** The weekly slot: weekday, local time and time zone. */
export function SlotForm({ slot, timeZones }: { slot: WeeklySlot; timeZones: string[] }) {
  const { state, formAction, pending, onSubmit } = useAction(saveWeeklySlot);
  const errors = state.fieldErrors;
  const described = (field: string) => ({
    "aria-invalid": errors?.[field as keyof typeof errors]?.length ? true : undefined,
    "aria-describedby": `${field}-error`,
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <div>
          <label htmlFor="weekday" className="block text-sm font-medium">
            Weekday
          </label>
          <select
            id="weekday"
            name="weekday"
            defaultValue={String(slot.weekday)}
            className={inputClass}
            {...described("weekday")}
          >
            {WEEKDAYS.map((day, i) => (
              <option key={day} value={i}>
                {day}
              </option>
            ))}
          </select>
          <FieldErrors id="weekday-error" errors={errors?.weekday} />
        </div>
        <div>
          <label htmlFor="time" className="block text-sm font-medium">
            Time
          </label>
          <input
            id="time"
            name="time"
            type="time"
            required
            defaultValue={slot.time}
            className={inputClass}
            {...described("time")}
          />
          <FieldErrors id="time-error" errors={errors?.time} />
        </div>
        <div>
          <label htmlFor="timeZone" className="block text-sm font-medium">
            Time zone
          </label>
          <input
            id="timeZone"
            name="timeZone"
            list="time-zones"
            required
            defaultValue={slot.timeZone}
            className={inputClass}
            {...described("timeZone")}
          />
          <datalist id="time-zones">
            {timeZones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
          <FieldErrors id="timeZone-error" errors={errors?.timeZone} />
        </div>
      </div>
      <ActionStatus state={state} pending={pending} pendingText="Saving…" quietOnFieldErrors />
      <SubmitButton pending={pending} pendingLabel="Saving…" className={compactButtonClass}>
        Save the weekly slot
      </SubmitButton>
    </form>
  );
}
