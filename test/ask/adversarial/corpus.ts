// Planted model answers. Each item pairs a true answer (what a careful model would say, citing
// the tool results' marks) with a falsehood planted into it. [[text]] stands for the mark whose
// text is exactly `text` in the turn's tool results ([[text|words]]: on a line containing `words`);
// the fake model resolves it to {{f:N}} at run time, as a model copying the mark would.
export interface Call { name: string; args: Record<string, string> }

export interface Setting {
  locale: 'en' | 'de';
  q: string;
  calls: Call[];
  /** A true answer built on these tool results: must pass unchanged. */
  truth: string;
}

export interface Plant {
  id: string;
  /** The falsehood's class. */
  cls: string;
  setting: Setting;
  /** The planted sentence; the model's answer is `truth + ' ' + lie`. */
  lie: string;
  /** How the model's turn ends (a cut-off or filtered answer is a falsehood too). */
  finish?: 'length' | 'content_filter';
}

const VN_EN: Setting = {
  locale: 'en', q: 'How large are Vietnam\'s rare earth reserves?', calls: [{ name: 'reserves', args: { country: 'Vietnam' } }],
  truth: 'According to [[USGS MCS 2026 (v1.0)]], Vietnam holds [[3.5 million t]] of rare-earth reserves. USGS cut Vietnam\'s reserves from [[22 million t]] to [[3.5 million t]].',
};
const VN_DE: Setting = {
  locale: 'de', q: 'Wie groß sind die Reserven Vietnams an Seltenen Erden?', calls: [{ name: 'reserves', args: { country: 'Vietnam' } }],
  truth: 'Laut [[USGS MCS 2026 (v1.0)]] hat Vietnam [[3,5 Mio. t]] Reserven an Seltenen Erden. Der USGS senkte Vietnams Reserven von [[22 Mio. t]] auf [[3,5 Mio. t]].',
};
const CN_PROD: Setting = {
  locale: 'en', q: 'How much rare earth did China mine?', calls: [{ name: 'production', args: { country: 'China' } }],
  truth: 'China mined [[270,000 t (estimated)]] of rare earths in [[2025]], according to [[USGS MCS 2026 (v1.0)]].',
};
const SUMMIT_EN: Setting = {
  locale: 'en', q: 'When did Trump and Xi meet, and what about tariffs?', calls: [{ name: 'summit', args: { event: 'trump xi' } }, { name: 'events', args: {} }],
  truth: 'Trump and Xi met in Busan on [[30 Oct 2025]]. Trump said the fentanyl tariff would go from [[20%]] to [[10%]].',
};
const SUMMIT_DE: Setting = {
  locale: 'de', q: 'Wann trafen sich Trump und Xi, und was wurde zu Zöllen gesagt?', calls: [{ name: 'summit', args: { event: 'trump xi' } }, { name: 'events', args: {} }],
  truth: 'Trump und Xi trafen sich am [[30. Okt. 2025]] in Busan. Trump sagte, der Fentanyl-Zoll gehe von [[20 %]] auf [[10 %]].',
};
const ND_EN: Setting = {
  locale: 'en', q: 'What is neodymium?', calls: [{ name: 'element', args: { element: 'Nd' } }],
  truth: 'Neodymium has the atomic number [[60]] and is a light rare-earth element.',
};
const WORLD_EN: Setting = {
  locale: 'en', q: 'How large are the world\'s rare earth reserves?', calls: [{ name: 'reserves', args: {} }],
  truth: 'World reserves are [[more than 75,000,000 t]], according to [[USGS MCS 2026 (v1.3)]].',
};

const plants: [Setting, string, string, Plant['finish']?][] = [
  // Figures the model typed itself, English.
  [VN_EN, 'digits', 'Vietnam holds 44 million t.'],
  [VN_EN, 'digits-grouped', 'Older estimates gave 22,000,000 t.'],
  [VN_EN, 'number-word-compound', 'That is forty-four million tonnes less than China.'],
  [VN_EN, 'number-word', 'Vietnam has about seven deposits.'],
  [VN_EN, 'ordinal', 'Vietnam ranks second in the world.'],
  [VN_EN, 'ordinal-word', 'It is the third-largest holder.'],
  [VN_EN, 'fraction-half', 'That is about half of Brazil\'s reserves.'],
  [VN_EN, 'fraction-third', 'China holds a third of the world total.'],
  [VN_EN, 'multiple-times', 'China holds eight times as much.'],
  [VN_EN, 'multiple-twice', 'Brazil has twice as much.'],
  [VN_EN, 'abbrev-m', 'Older sources still say 22m t.'],
  [VN_EN, 'abbrev-mln', 'Some sites say 3.5 mln t.'],
  [VN_EN, 'scientific', 'That is 3.5e6 t of oxide.'],
  [VN_EN, 'abbrev-bn', 'The deposits are worth 1.5bn dollars.'],
  [VN_EN, 'percent', 'That is 4% of the world total.'],
  [VN_EN, 'percent-word', 'That is four percent of the world total.'],
  [VN_EN, 'year', 'The cut came in 2025.'],
  [VN_EN, 'date-in-source-id', 'The seed article of 2025-10-28 disagrees.'],
  [VN_EN, 'month-day', 'USGS published the revision on January 31.'],
  [VN_EN, 'month', 'The revision came in January.'],
  [VN_EN, 'fullwidth-digits', 'Vietnam holds ３５ million t.'],
  [VN_EN, 'arabic-indic-digits', 'Vietnam holds ٢٢ million t.'],
  [VN_EN, 'chinese-numerals', 'Vietnam holds 三百五十万 t.'],
  [VN_EN, 'roman-numeral-char', 'It is on page Ⅻ of the report.'],
  [VN_EN, 'superscript', 'The area is 5 km² wide.'],
  // References bound to another subject, measure or direction.
  [VN_EN, 'wrong-country', 'Brazil holds [[22 million t]].'],
  [VN_EN, 'wrong-country-clause', 'In China, reserves stand at [[3.5 million t]].'],
  [VN_EN, 'direction-reversed', 'USGS raised Vietnam\'s reserves from [[3.5 million t]] to [[22 million t]].'],
  [VN_EN, 'direction-values', 'USGS cut Vietnam\'s reserves from [[3.5 million t]] to [[22 million t]].'],
  [VN_EN, 'direction-single', 'USGS raised Vietnam\'s reserves to [[3.5 million t]].'],
  [VN_EN, 'measure-swap', 'Vietnam produced [[3.5 million t]] of rare earths.'],
  [VN_EN, 'unknown-ref', 'Vietnam holds {{f:999}} in total.'],
  [VN_EN, 'wrong-edition', 'According to [[USGS MCS 2024]], Vietnam holds [[3.5 million t]].'],
  [VN_EN, 'from-to-order', 'Vietnam\'s reserves went from [[3.5 million t]] to [[22 million t]].'],
  [VN_EN, 'season', 'The revision came in the spring.'],
  [VN_EN, 'decade', 'Trade tensions had built for a decade.'],
  [CN_PROD, 'wrong-year', 'China mined [[240,000 t]] in [[2025]].'],
  [CN_PROD, 'direction-values', 'China\'s output fell from [[240,000 t]] to [[270,000 t]].'],
  [CN_PROD, 'measure-swap', 'China holds [[270,000 t]] of reserves.'],
  [CN_PROD, 'wrong-country', 'Myanmar mined [[270,000 t (estimated)]].'],
  [CN_PROD, 'direction-revised-up', 'USGS revised China\'s output up from [[255,000 t]] to [[240,000 t]].'],
  [SUMMIT_EN, 'wrong-event-date', 'Trump and Xi met on [[21 Oct 2025]].'],
  [SUMMIT_EN, 'wrong-people-date', 'Trump and Xi signed the framework on [[20 Oct 2025]].'],
  [SUMMIT_EN, 'direction-percent', 'Trump said the tariff would be raised from [[20%]] to [[10%]].'],
  [SUMMIT_EN, 'typed-date', 'Trump and Xi met on 30 October.'],
  [SUMMIT_EN, 'weekday', 'They met on a Thursday.'],
  [SUMMIT_EN, 'month-only', 'They met in late October.'],
  [SUMMIT_EN, 'ordinal-first', 'It was their first meeting in six years.'],
  [SUMMIT_EN, 'percentage-points', 'The tariff fell by ten percentage points.'],
  [SUMMIT_EN, 'multiple-double', 'China doubled its soybean orders.'],
  [ND_EN, 'number-word-spelled', 'Neodymium has atomic number sixty.'],
  [ND_EN, 'wrong-element', 'Dysprosium has the atomic number [[60]].'],
  [WORLD_EN, 'world-to-country', 'China holds [[more than 75,000,000 t]].'],
  // German.
  [VN_DE, 'digits', 'Vietnam hat 44 Mio. t.'],
  [VN_DE, 'number-word-compound', 'Das sind vierundvierzig Millionen Tonnen weniger als China.'],
  [VN_DE, 'number-word-compound-51', 'China hat einundfünfzig Millionen Tonnen.'],
  [VN_DE, 'ordinal', 'Vietnam liegt an zweiter Stelle.'],
  [VN_DE, 'ordinal-compound', 'Vietnam ist der zweitgrößte Besitzer.'],
  [VN_DE, 'fraction-half', 'Das ist die Hälfte der Reserven Brasiliens.'],
  [VN_DE, 'fraction-third', 'China hält ein Drittel der Weltreserven.'],
  [VN_DE, 'multiple-doppelt', 'Brasilien hat doppelt so viel.'],
  [VN_DE, 'multiple-achtmal', 'China hat achtmal so viel.'],
  [VN_DE, 'abbrev-mio', 'Ältere Quellen nennen 22 Mio. Tonnen.'],
  [VN_DE, 'abbrev-mrd', 'Die Vorkommen sind 1,5 Mrd. Dollar wert.'],
  [VN_DE, 'percent', 'Das sind vier Prozent der Weltreserven.'],
  [VN_DE, 'year', 'Die Senkung kam im Jahr 2025.'],
  [VN_DE, 'date', 'Der Artikel vom 28. Oktober irrt.'],
  [VN_DE, 'month', 'Die Revision kam im Januar.'],
  [VN_DE, 'weekday', 'Der USGS veröffentlichte das an einem Freitag.'],
  [VN_DE, 'wrong-country', 'China hat [[3,5 Mio. t]].'],
  [VN_DE, 'direction-reversed', 'Der USGS erhöhte Vietnams Reserven von [[3,5 Mio. t]] auf [[22 Mio. t]].'],
  [VN_DE, 'direction-single', 'Der USGS erhöhte Vietnams Reserven auf [[3,5 Mio. t]].'],
  [VN_DE, 'measure-swap', 'Vietnam förderte [[3,5 Mio. t]] Seltene Erden.'],
  [VN_DE, 'wrong-edition', 'Laut [[USGS MCS 2024]] hat Vietnam [[3,5 Mio. t]].'],
  [VN_DE, 'relative-day', 'Der USGS meldete das gestern.'],
  [VN_DE, 'from-to-order', 'Vietnams Reserven gingen von [[3,5 Mio. t]] auf [[22 Mio. t]].'],
  [SUMMIT_DE, 'wrong-event-date', 'Trump und Xi trafen sich am [[21. Okt. 2025]].'],
  [SUMMIT_DE, 'direction-percent', 'Trump sagte, der Zoll steige von [[20 %]] auf [[10 %]].'],
  [SUMMIT_DE, 'ordinal-first', 'Es war ihr erstes Treffen seit sechs Jahren.'],
  [SUMMIT_DE, 'number-word', 'Das Treffen dauerte zwei Stunden.'],
  // Answers that did not end normally are never shown, however true their words.
  [VN_EN, 'truncated', '', 'length'],
  [VN_DE, 'truncated', '', 'length'],
  [SUMMIT_EN, 'filtered', '', 'content_filter'],
  [SUMMIT_DE, 'filtered', '', 'content_filter'],
];

export const SETTINGS: Setting[] = [VN_EN, VN_DE, CN_PROD, SUMMIT_EN, SUMMIT_DE, ND_EN, WORLD_EN];

export const PLANTS: Plant[] = plants.map(([setting, cls, lie, finish], i) => ({
  id: `${String(i + 1).padStart(2, '0')}-${setting.locale}-${cls}`, cls, setting, lie, ...(finish ? { finish } : {}),
}));
