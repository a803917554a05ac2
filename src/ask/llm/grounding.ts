// Sentences: the unit the answer check keeps or drops (answer.ts), and the segments a tool
// result's references take their subjects from (refs.ts).

// Abbreviations that end in a full stop without ending a sentence.
const ABBREV = /(?:^|[\s(])(?:U\.S|U\.K|U\.N|No|Nr|Dr|Mr|Mrs|Ms|St|vs|approx|ca|e\.g|i\.e|z\.\s?B|bzw|Mio|Mrd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Okt|Nov|Dec|Dez|Jr|Inc|Ltd|Co)\.$/i;

/** Paragraphs (by line) of sentences. */
export function splitSentences(text: string): string[][] {
  return text
    .split(/\r?\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const pieces = line.split(/(?<=[.!?…])\s+(?=[\p{Lu}"„“'(•*–-])/u);
      const out: string[] = [];
      for (const p of pieces) {
        const prev = out.at(-1);
        // "28. Oktober", "an 2. Stelle": a German ordinal's full stop ends no sentence.
        if (prev !== undefined && (ABBREV.test(prev) || /(?:^|\s)\p{N}{1,2}\.$/u.test(prev))) out[out.length - 1] = `${prev} ${p}`;
        else out.push(p);
      }
      return out;
    });
}
