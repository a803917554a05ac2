// Intent words of the offline router, English and German, normalised (lower case, no accents, ß → ss).
// Kept as data so adding a phrasing is a one-line change.

const set = (...words: string[]): Set<string> => new Set(words);

export const RESERVES = set('reserve', 'reserves', 'reserven', 'vorkommen', 'vorrat', 'vorrate', 'vorraete', 'deposit', 'deposits',
  'lagerstatte', 'lagerstatten', 'lagerstaette', 'lagerstaetten', 'bodenschatze', 'bodenschaetze');
/** "have"/"hat" mean reserves only together with an amount question ("how much … have"). */
export const POSSESS = set('have', 'has', 'hold', 'holds', 'own', 'owns', 'hat', 'haben', 'besitzt', 'besitzen', 'halt', 'haelt', 'verfugt', 'verfuegt');
export const AMOUNT = set('much', 'many', 'large', 'big', 'size', 'viel', 'viele', 'gross', 'grosse', 'groesse', 'grose', 'umfang', 'amount', 'menge');
export const PRODUCTION = set('produce', 'produces', 'produced', 'producing', 'producer', 'producers', 'production', 'output', 'mined', 'mines',
  'mine', 'extracts', 'extracted', 'supply', 'supplies', 'supplier', 'produziert', 'produzieren', 'produzierte', 'produktion', 'produzent',
  'produzenten', 'forderung', 'foerderung', 'fordert', 'foerdert', 'gefordert', 'gefoerdert', 'abgebaut', 'forderland', 'forderlander',
  'hersteller', 'erzeugt', 'liefert', 'lieferant');
export const RANKING = set('most', 'largest', 'biggest', 'top', 'leading', 'ranking', 'rank', 'ranked', 'meisten', 'grosste', 'grossten',
  'groesste', 'groessten', 'rangliste', 'fuhrend', 'fuehrend', 'fuhrende', 'fuehrende', 'wichtigste', 'wichtigsten', 'who', 'wer', 'which',
  'welche', 'welches', 'welcher', 'countries', 'lander', 'laender');
export const USES = set('use', 'used', 'uses', 'usage', 'using', 'application', 'applications', 'purpose', 'good', 'wofur', 'wofuer', 'wozu',
  'verwendet', 'verwendung', 'verwendungen', 'eingesetzt', 'einsatz', 'gebraucht', 'benutzt', 'anwendung', 'anwendungen', 'braucht',
  'benotigt', 'benoetigt', 'nutzen', 'nutzt', 'genutzt', 'needed', 'need', 'needs', 'made');
export const CONTROLS = set('control', 'controls', 'controlled', 'restricted', 'restriction', 'restrictions', 'licence', 'licences', 'license',
  'licenses', 'licensing', 'ban', 'banned', 'exportkontrolle', 'exportkontrollen', 'ausfuhrkontrolle', 'ausfuhrkontrollen', 'kontrolle',
  'kontrollen', 'kontrolliert', 'exportbeschrankung', 'exportbeschrankungen', 'genehmigungspflicht', 'exportverbot', 'beschrankt');
export const ELEMENT_WORDS = set('element', 'elements', 'elemente', 'elementen', 'metals', 'metalle');
export const HOW_MANY = set('many', 'viele', 'anzahl', 'number', 'count');
export const WHEN = set('when', 'wann', 'date', 'datum', 'day', 'tag');
export const EVENT_WORDS = set('happened', 'happen', 'agreed', 'agree', 'agreement', 'sign', 'signed', 'meeting', 'meet', 'met', 'summit',
  'deal', 'outcome', 'result', 'results', 'passiert', 'passierte', 'geschah', 'vereinbart', 'vereinbarten', 'unterzeichnet', 'unterschrieben', 'treffen',
  'trafen', 'gipfel', 'abkommen', 'ergebnis', 'ergebnisse', 'beschlossen', 'framework', 'rahmenabkommen', 'declaration', 'erklarung');
export const TIMELINE = set('timeline', 'events', 'chronology', 'zeitleiste', 'chronik', 'ereignisse', 'termine');
export const SOURCES = set('source', 'sources', 'quelle', 'quellen', 'cite', 'citation', 'belege');
/** Topics plainly off the beat: a place the dataset knows does not make "weather in Tokyo" a question for it. */
export const OFF_BEAT = set('weather', 'wetter', 'football', 'fussball', 'bundesliga', 'gewinnt', 'bitcoin', 'recipe', 'rezept');
export const HELP = set('help', 'hilfe', 'commands', 'befehle');
/** Words that say the question is about the beat at all (for off-topic detection). */
export const BEAT = set('rare', 'earth', 'earths', 'seltene', 'seltenen', 'erden', 'mineral', 'minerals', 'mineralien', 'rohstoff', 'rohstoffe',
  'mining', 'bergbau', 'abbau', 'magnet', 'magnets', 'magnete', 'usgs', 'mcs', 'apec', 'tariff', 'tariffs', 'zoll', 'zolle', 'trump', 'xi',
  'takaichi', 'reserves', 'reserven', 'export', 'china', 'lithium', 'cobalt', 'nickel', 'gallium');

const STOP = set('the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'is', 'are', 'was', 'were', 'be', 'been', 'do', 'does',
  'did', 'what', 'how', 'who', 'which', 'when', 'where', 'why', 'there', 'their', 'its', 'it', 'this', 'that', 'with', 'about', 'from', 'by',
  'me', 'tell', 'please', 'can', 'you', 'i', 'we', 'us', 'they', 'them', 'between', 'into', 'than', 'then', 'so', 'also', 'any', 'all',
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'und', 'oder', 'von', 'vom', 'zu', 'zum', 'zur', 'im',
  'am', 'an', 'auf', 'fur', 'fuer', 'mit', 'ist', 'sind', 'war', 'waren', 'wird', 'werden', 'wurde', 'wurden', 'wie', 'was', 'wer', 'wo',
  'wann', 'warum', 'es', 'gibt', 'ich', 'mir', 'mich', 'du', 'dir', 'bitte', 'uber', 'ueber', 'bei', 'beim', 'nach', 'seit', 'auch', 'noch', 'schon',
  'denn', 'eigentlich', 'man', 'kann', 'welt', 'world', 'have', 'has', 'hat', 'haben', 'had', 'will', 'would', 'should', 'could', 'much',
  'viel', 'viele', 'most', 'meisten', 'country', 'countries', 'land', 'lander', 'sich', 'nicht', 'not', 'no', 'kein', 'keine', 'get', 'got',
  'know', 'weisst', 'wissen', 'some', 'einige', 'currently', 'aktuell', 'now', 'jetzt', 'today', 'heute', 'exactly', 'genau', 'really',
  'wirklich', 'large', 'big', 'gross', 'grosse', 'size', 'level', 'levels', 'total', 'insgesamt', 'mal', 'doch', 'eigentlich', 'hier', 'here');

export const STOPWORDS = STOP;

/** Every word the router understands; typo matching skips these ("reserves" is not a misspelt country). */
export const KNOWN_WORDS = new Set<string>([
  ...RESERVES, ...POSSESS, ...AMOUNT, ...PRODUCTION, ...RANKING, ...USES, ...CONTROLS, ...ELEMENT_WORDS, ...HOW_MANY, ...WHEN,
  ...EVENT_WORDS, ...TIMELINE, ...SOURCES, ...HELP, ...BEAT, ...STOP,
  'mining', 'hard', 'difficult', 'schwer', 'schwierig', 'weather', 'wetter', 'football', 'bundesliga', 'gewinnt', 'where', 'there',
  'export', 'exports', 'chinese', 'chinesische', 'chinesischen', 'under', 'unter', 'stehen', 'steht', 'price', 'prices', 'preis', 'preise',
  'selten', 'seltene', 'seltenen', 'seltener', 'rare', 'rarer', 'wirklich', 'really',
  // Amounts typed with a figure ("vietnam 22 million?").
  'million', 'millions', 'millionen', 'mio', 'tons', 'tonnes', 'tonnen', 'mt', 'billion', 'milliarden',
]);
