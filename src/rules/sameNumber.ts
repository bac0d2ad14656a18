// Object.is for two numbers, written out (-0 is not +0, NaN is NaN): V8 boxes the numbers it
// hands to Object.is when they are doubles, so a loop comparing coordinates that way allocates
// for every comparison; this small function is inlined and compares them unboxed.

export function sameNumber(a: number, b: number): boolean {
  return a === b ? a !== 0 || 1 / a === 1 / b : a !== a && b !== b;
}
