/** When the weekly review goes out: a weekday (0 Sunday … 6 Saturday), a local time, a zone. */
export type WeeklySlot = { weekday: number; time: string; timeZone: string };

export const DEFAULT_SLOT: WeeklySlot = { weekday: 2, time: "09:00", timeZone: "Europe/London" };

export const WEEKDAYS = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

type LocalParts = { year: number; month: number; day: number; hour: number; minute: number };

const FORMATS = {
  /** Every field a number, for the arithmetic on wall-clock times. */
  parts: {
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
  },
  /** "Tuesday, 1 December 2026 at 09:00", which formatSlot trims. */
  slot: {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

// Making a formatter costs far more than using one, and a page of the calendar uses dozens.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: keyof typeof FORMATS, timeZone: string): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { ...FORMATS[kind], timeZone });
    formatters.set(key, format);
  }
  return format;
}

/** The wall-clock date and time in `timeZone` at the instant `at`. */
function localParts(at: Date, timeZone: string): LocalParts {
  const parts = Object.fromEntries(
    formatter("parts", timeZone)
      .formatToParts(at)
      .map((p) => [p.type, Number(p.value)]),
  );
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
  };
}

/** How far `timeZone`'s clocks are ahead of UTC at the instant `at`, in ms. */
function offsetAt(at: number, timeZone: string): number {
  const p = localParts(new Date(at), timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return asUtc - Math.floor(at / 60_000) * 60_000;
}

/**
 * The instant a wall-clock time in `timeZone` names. A time that a clock change skips (02:30 on
 * the night clocks go forward) moves forward by the gap.
 */
export function zonedInstant(parts: LocalParts, timeZone: string): Date {
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  const guess = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(guess, timeZone));
}

/** The slot of the week that contains local date `day` (a UTC-midnight date standing for it). */
function slotOnDay(slot: WeeklySlot, day: number): Date {
  const [hour, minute] = slot.time.split(":").map(Number) as [number, number];
  const date = new Date(day);
  return zonedInstant(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour,
      minute,
    },
    slot.timeZone,
  );
}

/** The first `count` slots after `after` (strictly later), in order. */
export function slotsAfter(slot: WeeklySlot, after: Date, count: number): Date[] {
  const here = localParts(after, slot.timeZone);
  let day = Date.UTC(here.year, here.month - 1, here.day);
  day += ((slot.weekday - new Date(day).getUTCDay() + 7) % 7) * DAY_MS;
  const slots: Date[] = [];
  for (; slots.length < count; day += WEEK_MS) {
    const at = slotOnDay(slot, day);
    if (at > after) slots.push(at);
  }
  return slots;
}

/** The latest slot at or before `at`. */
export function slotAtOrBefore(slot: WeeklySlot, at: Date): Date {
  const [next] = slotsAfter(slot, at, 1);
  const here = localParts(new Date(next!.getTime() - WEEK_MS), slot.timeZone);
  const day = Date.UTC(here.year, here.month - 1, here.day);
  return slotOnDay(slot, day);
}

/** The local calendar date of an instant in the slot's zone: "2026-12-01". Weeks are told apart by it. */
export function slotDay(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** The week a moment belongs to: the slot that opened it (the latest slot at or before it). */
export function weekOf(slot: WeeklySlot, at: Date): string {
  return slotDay(slotAtOrBefore(slot, at), slot.timeZone);
}

/** The first slot after `now` whose week holds none of the `taken` publication times. */
export function nextFreeSlot(slot: WeeklySlot, now: Date, taken: Date[]): Date {
  const busy = new Set(taken.map((t) => weekOf(slot, t)));
  for (let after = now; ;) {
    const batch = slotsAfter(slot, after, 8);
    const free = batch.find((at) => !busy.has(slotDay(at, slot.timeZone)));
    if (free) return free;
    after = batch[batch.length - 1]!;
  }
}

/** "Tuesday 1 December 2026, 09:00" in the slot's zone. */
export function formatSlot(at: Date, timeZone: string): string {
  return formatter("slot", timeZone)
    .format(at)
    .replace(/^(\w+), /, "$1 ")
    .replace(" at ", ", ");
}

/** A coming slot as a list offers it: its time (ISO), and how it reads. */
export type SlotOption = { value: string; label: string };

/** Slots offered when scheduling: the coming quarter. */
export const SLOTS_OFFERED = 13;

/** The slots after `now` that a review can be scheduled into, as the lists offer them. */
export function comingSlots(slot: WeeklySlot, now: Date, count = SLOTS_OFFERED): SlotOption[] {
  return slotsAfter(slot, now, count).map((at) => ({
    value: at.toISOString(),
    label: formatSlot(at, slot.timeZone),
  }));
}

/** Whether `at` is exactly one of the slot's times. */
export function isSlotTime(slot: WeeklySlot, at: Date): boolean {
  const [next] = slotsAfter(slot, new Date(at.getTime() - 1), 1);
  return next!.getTime() === at.getTime();
}
