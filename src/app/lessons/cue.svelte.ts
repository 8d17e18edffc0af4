/**
 * A lesson step's request that a card on the page start playing (e.g. the Morphology (2D) card
 * with one of its presets): the step bar sets it while the step is open, the card reads it. Each
 * request has its own serial, so opening the step again starts the run again.
 */

/** A request to the card with `data-card` id `card` to play its preset `preset`. */
export interface CardCue {
  card: string;
  preset: string;
  serial: number;
}

let cue = $state.raw<CardCue | null>(null);
let serial = 0;

/** Asks card `card` to play `preset`; returns the request (pass it to `endCue` when the step closes). */
export function cueCard(card: string, preset: string): CardCue {
  // built apart so that the caller's effect does not read (and so depend on) the state it writes
  const request = { card, preset, serial: ++serial };
  cue = request;
  return request;
}

/** Withdraws `request` if it is still the current one. */
export function endCue(request: CardCue): void {
  if (cue === request) cue = null;
}

/** The current request to card `card`, or null (reactive). */
export function cueFor(card: string): CardCue | null {
  return cue?.card === card ? cue : null;
}
