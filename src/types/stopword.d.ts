// The package ships JavaScript only; these are the two lists Lodestone reads.
declare module 'stopword' {
  export const eng: readonly string[];
  export const deu: readonly string[];
}
