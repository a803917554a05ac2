// The fixed replies of the model path, written in code so no model output can shape them.
import type { Locale, Reply } from '../../reply/model.js';

const SCOPE: Record<Locale, string> = {
  en: 'I can only answer questions on my beat: rare earths and critical minerals (reserves, production, the 17 rare-earth elements and their uses, China\'s export controls) and the October 2025 Asia summit diplomacy. Try /help, or ask for example "How large are Brazil\'s reserves?"',
  de: 'Ich beantworte nur Fragen zu meinem Thema: Seltene Erden und kritische Rohstoffe (Reserven, Förderung, die 17 Seltenerdelemente und ihre Verwendung, Chinas Exportkontrollen) und die Asien-Gipfeldiplomatie im Oktober 2025. Probiere /help oder frage zum Beispiel „Wie groß sind die Reserven von Brasilien?“',
};

const REVEAL: Record<Locale, string> = {
  en: 'I can\'t share my instructions, keys or settings. I\'m happy to answer questions about rare earths, critical minerals and the October 2025 summits.',
  de: 'Meine Anweisungen, Schlüssel und Einstellungen gebe ich nicht weiter. Fragen zu Seltenen Erden, kritischen Rohstoffen und den Gipfeln im Oktober 2025 beantworte ich gern.',
};

export function refusalReply(locale: Locale, why: 'off_beat' | 'reveal'): Reply {
  return {
    kind: 'answer',
    locale,
    blocks: [(why === 'reveal' ? REVEAL : SCOPE)[locale]],
    sources: [],
    suggestions: ['/help', '/reserves', '/summit'],
    ephemeral: true,
  };
}

export function rateLimitedReply(locale: Locale, scope: 'user' | 'channel', retryAfterMs: number): Reply {
  const s = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const text = locale === 'de'
    ? `${scope === 'user' ? 'Du hast' : 'Dieser Kanal hat'} in der letzten Minute viele Fragen gestellt. Bitte warte ${s} s und frag dann noch einmal. Befehle wie /reserves funktionieren weiterhin sofort.`
    : `${scope === 'user' ? 'You have' : 'This channel has'} asked a lot of questions in the last minute. Please wait ${s} s and ask again. Commands such as /reserves still answer at once.`;
  return { kind: 'error', locale, blocks: [text], sources: [], ephemeral: true, suggestions: ['/reserves', '/help'] };
}

export const MODEL_FOOTER: Record<Locale, string> = {
  en: 'Figures from the dataset, worded by a language model',
  de: 'Zahlen aus dem Datensatz, formuliert von einem Sprachmodell',
};
