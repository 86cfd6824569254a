/** Inputs built to provoke regex backtracking in the citation parser (shared by the test and the benchmark). */
export const MB = 1_000_000;

function repeatTo(piece: string, length: number): string {
  return piece.repeat(Math.ceil(length / piece.length));
}

/** `citations`: how many the parser must find in each. */
export const ADVERSARIAL_INPUTS: readonly { name: string; text: string; citations: number }[] = [
  { name: 'long runs of spaces and digits', text: repeatTo('1      -      ', MB), citations: 0 },
  { name: 'type words with no symbol', text: repeatTo('Nghị quyết số      ', MB), citations: 0 },
  { name: 'near-symbols without issuer', text: repeatTo('12-NQ/ ', MB), citations: 0 },
  { name: 'dates and ranges', text: repeatTo('09/11/2022 - 2025/2030 ', MB), citations: 0 },
  { name: 'citation trailers with no end', text: `07-NQ/TU của ${repeatTo('Ban ', MB)}`, citations: 1 },
  { name: 'one enormous word', text: repeatTo('a', MB), citations: 0 },
  { name: 'digits only', text: repeatTo('1', MB), citations: 0 },
  { name: 'upper-case letters', text: repeatTo('NQTWQĐ', MB), citations: 0 },
  { name: 'a list that never ends', text: repeatTo('07-NQ/TU, ', MB), citations: 100000 },
];
