/**
 * The timeline slider: one step per day from 2014-01-01 to the last day in the data, with a date field beside it.
 * Moving it updates the label at once and calls `onDay` once the hand rests (debounced).
 */
import { dayToIndex, indexToDay, isDay } from './dates.js';

export interface Slider {
  setRange(lastDay: string): void;
  day(): string;
  set(day: string): void;
}

export function timeSlider(input: HTMLInputElement, dateField: HTMLInputElement, onDay: (day: string) => void, delayMs = 200): Slider {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => onDay(indexToDay(Number(input.value))), delayMs);
  };
  input.addEventListener('input', () => {
    dateField.value = indexToDay(Number(input.value));
    schedule();
  });
  dateField.addEventListener('change', () => {
    if (!isDay(dateField.value)) return;
    input.value = String(Math.min(Number(input.max), Math.max(0, dayToIndex(dateField.value))));
    dateField.value = indexToDay(Number(input.value));
    schedule();
  });
  return {
    setRange(lastDay) {
      input.min = '0';
      input.max = String(Math.max(0, dayToIndex(lastDay)));
      dateField.min = indexToDay(0);
      dateField.max = lastDay;
    },
    day: () => indexToDay(Number(input.value)),
    set(day) {
      input.value = String(dayToIndex(day));
      dateField.value = day;
      input.setAttribute('aria-valuetext', day);
    },
  };
}
