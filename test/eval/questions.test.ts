// The free-question scoring must be able to fail: wrong, buried, unsourced-figure and wrong-language
// replies are counted as such. And the sets themselves load and hold what issue 10 asks for.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import type { Reply } from '../../src/reply/model.js';
import { loadQuestions, scoreItem, type QuestionItem } from './questions.js';
import { DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE, DEV_AB_FILE, DEV_AC_FILE, DEV_AD_FILE, DEV_AE_FILE, DEV_AF_FILE, DEV_AG_FILE, DEV_AH_FILE, DEV_AI_FILE, DEV_AJ_FILE, DEV_AK_FILE, DEV_AL_FILE, DEV_AM_FILE, DEV_AN_FILE, DEV_AO_FILE, DEV_AP_FILE, DEV_AQ_FILE, DEV_AR_FILE, DEV_AS_FILE, DEV_AT_FILE, DEV_AU_FILE, DEV_AV_FILE, DEV_AW_FILE, DEV_AX_FILE, DEV_AY_FILE, DEV_AZ_FILE, DEV_BA_FILE, DEV_FILE, HELDOUT_FILE, runQuestionSet } from './questions-run.js';
import { findFigures, hasDate, hasFigure } from './figures.js';

let ds: Dataset;
beforeAll(async () => {
  const r = await loadDataset();
  if (!r.ok) throw new Error('dataset invalid');
  ds = r.dataset;
});

const reply = (locale: 'en' | 'de', ...blocks: string[]): Reply => ({ kind: 'answer', locale, blocks, sources: [] });
const item = (expect: QuestionItem['expect'], locale: 'en' | 'de' = 'en'): QuestionItem => ({ id: 't', locale, q: 'q', class: 'figure', expect });

describe('figure and date reading', () => {
  it('reads English and German number formats in base units', () => {
    expect(findFigures('21 million t; 21 Mio. t; 3,5 Mio. t; 11,000,000 t; 11.000.000 t; 900,000 kg').map((f) => [f.value, f.unit]))
      .toEqual([[21e6, 't'], [21e6, 't'], [3.5e6, 't'], [11e6, 't'], [11e6, 't'], [900, 't']]);
    expect(findFigures('70%, 13 %, $56/kg, 2.100 Dollar, $260 million').map((f) => [f.value, f.unit]))
      .toEqual([[70, 'percent'], [13, 'percent'], [56, 'usd'], [2100, 'usd'], [260e6, 'usd']]);
    expect(hasFigure('in US dollars per kilogram: neodymium oxide 56', 56, 'usd')).toBe(true);
    expect(hasFigure('neodymium oxide 56', 56, 'usd')).toBe(false);
    expect(hasFigure('US EXIM issued seven letters of interest', 7, 'count')).toBe(true);
    expect(hasFigure('Sieben Elemente stehen unter Kontrolle', 7, 'count')).toBe(true);
    expect(hasFigure('US EXIM issued seventeen letters', 7, 'count')).toBe(false);
    expect(hasFigure('two documents', 2, 'count')).toBe(false);
  });

  it('reads dates in either language, ranges included', () => {
    expect(hasDate('28. Okt. 2025 in Tokio', '2025-10-28')).toBe(true);
    expect(hasDate('25–26 Oct 2025', '2025-10-26')).toBe(true);
    expect(hasDate('im April 2026', '2026-04')).toBe(true);
    expect(hasDate('Dezember 2024: China verbot …', '2024-12')).toBe(true);
    expect(hasDate('im Juli 2026', '2025-07')).toBe(false);
    expect(hasDate('28 Oct 2025', '2025-10-29')).toBe(false);
  });
});

describe('scoreItem counts wrong answers wrong', () => {
  const brazil = item({ figures: [{ value: 11_000_000, unit: 't' }] });

  it('a right figure first is correct and first, with no wrong fact', () => {
    const r = scoreItem(ds, brazil, reply('en', 'Brazil — reserves of rare earths: 11 million t, USGS MCS 2026.'));
    expect([r.correct, r.first, r.wrong]).toEqual([true, true, []]);
  });

  it('a figure the dataset does not hold for the subject is a wrong fact, and not correct', () => {
    const r = scoreItem(ds, brazil, reply('en', 'Brazil — reserves of rare earths: 44 million t, USGS MCS 2026.'));
    expect(r.correct).toBe(false);
    expect(r.wrong).toEqual(['44000000 t']);
  });

  it('an everyday word that is also an aggregate\'s alias ("others") does not make a figure the aggregate\'s', () => {
    const us = item({ figures: [{ value: 170_000_000, unit: 'usd' }] });
    const r = scoreItem(ds, us, reply('en', 'Imports of compounds and metals: $170 million; others were ceramics and glass.', 'United States, 2024.'));
    expect(r.wrong).toEqual([]);
    // The aggregate's full name still names it: the US figure said of "other countries" is wrong.
    expect(scoreItem(ds, us, reply('en', 'Other countries — imports of compounds and metals: $170 million.')).wrong).toEqual(['170000000 usd']);
  });

  it('a difference of two held figures the line states is held; any other difference is a wrong fact', () => {
    const cmp = item({ figures: [{ value: 44_000_000, unit: 't' }, { value: 11_000_000, unit: 't' }] });
    const line = (gap: string): string => `Reserves (Rare earths): China 44 million t against Brazil 11 million t — China has ${gap} more.`;
    expect(scoreItem(ds, cmp, reply('en', line('33 million t'))).wrong).toEqual([]);
    expect(scoreItem(ds, cmp, reply('en', line('30 million t'))).wrong).toEqual(['30000000 t']);
  });

  it('a sum of held figures the line states is held; any other total is a wrong fact', () => {
    const sum = item({ figures: [{ value: 11_000_000, unit: 't' }, { value: 3_500_000, unit: 't' }] });
    const line = (total: string): string => `Reserves (Rare earths): Brazil 11 million t and Vietnam 3.5 million t — together ${total}.`;
    expect(scoreItem(ds, sum, reply('en', line('14.5 million t'))).wrong).toEqual([]);
    expect(scoreItem(ds, sum, reply('en', line('15.5 million t'))).wrong).toEqual(['15500000 t']);
  });

  it('a number label ("ranks No. 12 with 300 t") ends no sentence: the figure stays its country\'s', () => {
    const us = item({ figures: [{ value: 300, unit: 't' }] });
    const lead = 'Largest mine production of cobalt (2025): 1. Congo (Kinshasa) 230,000 t; 2. Indonesia 44,000 t.';
    expect(scoreItem(ds, us, reply('en', lead, 'United States ranks No. 12 with 300 t (estimated).')).wrong).toEqual([]);
    expect(scoreItem(ds, us, reply('en', lead, 'United States ranks No. 12 with 900 t (estimated).')).wrong).toEqual(['900 t']);
  });

  it('an initialism ("U.S. Geological Survey") ends no sentence, and a German genitive names its country', () => {
    const world = item({ figures: [{ value: 90_000_000, unit: 't' }] });
    const lead = 'Quelle: U.S. Geological Survey, Version 1.3.';
    expect(scoreItem(ds, world, reply('de', lead, 'Brasiliens Reserven: 21 Mio. t laut MCS 2025 (U.S. Geological Survey).')).wrong).toEqual([]);
    expect(scoreItem(ds, world, reply('de', lead, 'Brasiliens Reserven: 23 Mio. t laut MCS 2025 (U.S. Geological Survey).')).wrong).toEqual(['23000000 t']);
  });

  it('the right figure buried after 300 characters is correct but not first', () => {
    const r = scoreItem(ds, brazil, reply('en', 'x'.repeat(320), 'Brazil — 11 million t.'));
    expect([r.correct, r.first]).toEqual([true, false]);
  });

  it('"none" must say so and give no figure', () => {
    const none = item({ none: true });
    expect(scoreItem(ds, none, reply('en', 'The dataset has no figure for that (graphite).')).correct).toBe(true);
    expect(scoreItem(ds, none, reply('en', 'China — reserves of rare earths: 44 million t.')).correct).toBe(false);
    expect(scoreItem(ds, none, reply('en', 'The dataset has no figure for graphite; China has 44 million t of rare earths.')).correct).toBe(false);
  });

  it('yes/no and language are checked', () => {
    const yes = item({ yes: true }, 'de');
    expect(scoreItem(ds, yes, reply('de', 'Ja — Yttrium ist eines der 17 Seltenerdelemente.')).correct).toBe(true);
    expect(scoreItem(ds, yes, reply('de', 'Nein — Kobalt ist keine Seltene Erde.')).correct).toBe(false);
    expect(scoreItem(ds, yes, reply('en', 'Yes — yttrium is one of the rare earths and it is used for lasers.')).langOk).toBe(false);
  });
});

describe('question sets', () => {
  it('load, in both languages, with none and off-beat items (held-out ≥ 150, dev ≥ 100, dev-b and dev-c ≥ 150)', () => {
    const heldout = loadQuestions(HELDOUT_FILE);
    const dev = loadQuestions(DEV_FILE);
    const devB = loadQuestions(DEV_B_FILE);
    const devC = loadQuestions(DEV_C_FILE);
    expect(heldout.length).toBeGreaterThanOrEqual(150);
    expect(dev.length).toBeGreaterThanOrEqual(100);
    expect(devB.length).toBeGreaterThanOrEqual(150);
    expect(devC.length).toBeGreaterThanOrEqual(150);
    for (const set of [heldout, dev, devB, devC]) {
      expect(set.some((i) => i.locale === 'de') && set.some((i) => i.locale === 'en')).toBe(true);
      expect(set.some((i) => i.expect.none)).toBe(true);
    }
  });

  const wellFormed = (name: string, file: URL, prefix: string, earlier: readonly URL[]): void => {
    it(`${name} is well formed: unique ids named for their language, an expectation and a source for each, EN/DE and none balanced`, () => {
      const set = loadQuestions(file);
      expect(new Set(set.map((i) => i.id)).size).toBe(set.length);
      for (const i of set) {
        expect(i.id).toMatch(new RegExp(`^${prefix}-${i.locale}-\\d{3}$`));
        const e = i.expect;
        const has = [e.figures?.length, e.dates?.length, e.text?.length, e.yes !== undefined, e.none, e.refuse].some(Boolean);
        expect(has, `${i.id} expects nothing`).toBe(true);
        if (e.none || e.refuse) expect([e.figures, e.dates, e.text, e.yes].every((x) => x === undefined), `${i.id} mixes none/refuse with content`).toBe(true);
        if (i.class === 'yesno') expect(e.yes, `${i.id} has no yes/no`).toBeTypeOf('boolean');
        if (!e.refuse && !e.none) expect(i.source, `${i.id} has no source`).toBeTruthy();
      }
      const en = set.filter((i) => i.locale === 'en').length;
      expect(Math.abs(en - (set.length - en))).toBeLessThanOrEqual(set.length * 0.1);
      const none = set.filter((i) => i.expect.none).length / set.length;
      expect(none).toBeGreaterThan(0.1);
      expect(none).toBeLessThan(0.16);
      expect(set.some((i) => i.expect.refuse) && set.some((i) => i.expect.yes === false)).toBe(true);
      // Items must not repeat the earlier development sets' questions.
      const earlierQs = new Set(earlier.flatMap((f) => loadQuestions(f).map((i) => i.q.toLowerCase())));
      expect(set.filter((i) => earlierQs.has(i.q.toLowerCase())).map((i) => i.id)).toEqual([]);
    });
  };
  wellFormed('dev-b', DEV_B_FILE, 'db', [DEV_FILE]);
  wellFormed('dev-c', DEV_C_FILE, 'dc', [DEV_FILE, DEV_B_FILE]);
  wellFormed('dev-d', DEV_D_FILE, 'dd', [DEV_FILE, DEV_B_FILE, DEV_C_FILE]);
  wellFormed('dev-e', DEV_E_FILE, 'dx', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE]);
  wellFormed('dev-f', DEV_F_FILE, 'df', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE]);
  wellFormed('dev-g', DEV_G_FILE, 'dg', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE]);
  wellFormed('dev-h', DEV_H_FILE, 'dh', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE]);
  wellFormed('dev-i', DEV_I_FILE, 'di', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE]);
  wellFormed('dev-j', DEV_J_FILE, 'dj', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE]);
  wellFormed('dev-k', DEV_K_FILE, 'dk', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE]);
  wellFormed('dev-l', DEV_L_FILE, 'dl', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE]);
  wellFormed('dev-m', DEV_M_FILE, 'dm', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE]);
  wellFormed('dev-n', DEV_N_FILE, 'dn', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE]);
  wellFormed('dev-o', DEV_O_FILE, 'do', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE]);
  wellFormed('dev-p', DEV_P_FILE, 'dp', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE]);
  wellFormed('dev-q', DEV_Q_FILE, 'dq', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE]);
  wellFormed('dev-r', DEV_R_FILE, 'dr', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE]);
  wellFormed('dev-s', DEV_S_FILE, 'ds', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE]);
  wellFormed('dev-t', DEV_T_FILE, 'dt', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE]);
  wellFormed('dev-u', DEV_U_FILE, 'du', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE]);
  wellFormed('dev-v', DEV_V_FILE, 'dv', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE]);
  wellFormed('dev-w', DEV_W_FILE, 'dw', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE]);
  wellFormed('dev-x', DEV_X_FILE, 'dxx', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE]);
  wellFormed('dev-y', DEV_Y_FILE, 'dyy', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE]);
  wellFormed('dev-z', DEV_Z_FILE, 'dzz', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE]);
  wellFormed('dev-aa', DEV_AA_FILE, 'daa', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE]);
  wellFormed('dev-ab', DEV_AB_FILE, 'dab', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE]);
  wellFormed('dev-ac', DEV_AC_FILE, 'dac', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE, DEV_AB_FILE]);
  wellFormed('dev-ad', DEV_AD_FILE, 'dad', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE, DEV_AB_FILE, DEV_AC_FILE]);
  wellFormed('dev-ae', DEV_AE_FILE, 'dae', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE, DEV_AB_FILE, DEV_AC_FILE, DEV_AD_FILE]);
  wellFormed('dev-af', DEV_AF_FILE, 'daf', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE, DEV_AB_FILE, DEV_AC_FILE, DEV_AD_FILE, DEV_AE_FILE]);
  wellFormed('dev-ag', DEV_AG_FILE, 'dag', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE, DEV_AB_FILE, DEV_AC_FILE, DEV_AD_FILE, DEV_AE_FILE, DEV_AF_FILE]);
  wellFormed('dev-ah', DEV_AH_FILE, 'dah', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE, DEV_AB_FILE, DEV_AC_FILE, DEV_AD_FILE, DEV_AE_FILE, DEV_AF_FILE, DEV_AG_FILE]);
  wellFormed('dev-ai', DEV_AI_FILE, 'dai', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE, DEV_AB_FILE, DEV_AC_FILE, DEV_AD_FILE, DEV_AE_FILE, DEV_AF_FILE, DEV_AG_FILE, DEV_AH_FILE]);
  wellFormed('dev-aj', DEV_AJ_FILE, 'daj', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE, DEV_AB_FILE, DEV_AC_FILE, DEV_AD_FILE, DEV_AE_FILE, DEV_AF_FILE, DEV_AG_FILE, DEV_AH_FILE, DEV_AI_FILE]);
  wellFormed('dev-ak', DEV_AK_FILE, 'dak', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE, DEV_AB_FILE, DEV_AC_FILE, DEV_AD_FILE, DEV_AE_FILE, DEV_AF_FILE, DEV_AG_FILE, DEV_AH_FILE, DEV_AI_FILE, DEV_AJ_FILE]);
  wellFormed('dev-al', DEV_AL_FILE, 'dal', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE, DEV_AB_FILE, DEV_AC_FILE, DEV_AD_FILE, DEV_AE_FILE, DEV_AF_FILE, DEV_AG_FILE, DEV_AH_FILE, DEV_AI_FILE, DEV_AJ_FILE, DEV_AK_FILE]);
  wellFormed('dev-am', DEV_AM_FILE, 'dam', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE, DEV_AB_FILE, DEV_AC_FILE, DEV_AD_FILE, DEV_AE_FILE, DEV_AF_FILE, DEV_AG_FILE, DEV_AH_FILE, DEV_AI_FILE, DEV_AJ_FILE, DEV_AK_FILE, DEV_AL_FILE]);
  wellFormed('dev-an', DEV_AN_FILE, 'dan', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE, DEV_AB_FILE, DEV_AC_FILE, DEV_AD_FILE, DEV_AE_FILE, DEV_AF_FILE, DEV_AG_FILE, DEV_AH_FILE, DEV_AI_FILE, DEV_AJ_FILE, DEV_AK_FILE, DEV_AL_FILE, DEV_AM_FILE]);
  wellFormed('dev-ao', DEV_AO_FILE, 'dao', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE, DEV_AB_FILE, DEV_AC_FILE, DEV_AD_FILE, DEV_AE_FILE, DEV_AF_FILE, DEV_AG_FILE, DEV_AH_FILE, DEV_AI_FILE, DEV_AJ_FILE, DEV_AK_FILE, DEV_AL_FILE, DEV_AM_FILE, DEV_AN_FILE]);
  wellFormed('dev-ap', DEV_AP_FILE, 'dap', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE, DEV_AB_FILE, DEV_AC_FILE, DEV_AD_FILE, DEV_AE_FILE, DEV_AF_FILE, DEV_AG_FILE, DEV_AH_FILE, DEV_AI_FILE, DEV_AJ_FILE, DEV_AK_FILE, DEV_AL_FILE, DEV_AM_FILE, DEV_AN_FILE, DEV_AO_FILE]);
  wellFormed('dev-aq', DEV_AQ_FILE, 'daq', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE, DEV_AB_FILE, DEV_AC_FILE, DEV_AD_FILE, DEV_AE_FILE, DEV_AF_FILE, DEV_AG_FILE, DEV_AH_FILE, DEV_AI_FILE, DEV_AJ_FILE, DEV_AK_FILE, DEV_AL_FILE, DEV_AM_FILE, DEV_AN_FILE, DEV_AO_FILE, DEV_AP_FILE]);
  wellFormed('dev-ar', DEV_AR_FILE, 'dar', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE, DEV_AB_FILE, DEV_AC_FILE, DEV_AD_FILE, DEV_AE_FILE, DEV_AF_FILE, DEV_AG_FILE, DEV_AH_FILE, DEV_AI_FILE, DEV_AJ_FILE, DEV_AK_FILE, DEV_AL_FILE, DEV_AM_FILE, DEV_AN_FILE, DEV_AO_FILE, DEV_AP_FILE, DEV_AQ_FILE]);
  wellFormed('dev-as', DEV_AS_FILE, 'das', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE, DEV_AB_FILE, DEV_AC_FILE, DEV_AD_FILE, DEV_AE_FILE, DEV_AF_FILE, DEV_AG_FILE, DEV_AH_FILE, DEV_AI_FILE, DEV_AJ_FILE, DEV_AK_FILE, DEV_AL_FILE, DEV_AM_FILE, DEV_AN_FILE, DEV_AO_FILE, DEV_AP_FILE, DEV_AQ_FILE, DEV_AR_FILE]);
  wellFormed('dev-at', DEV_AT_FILE, 'dat', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE, DEV_AB_FILE, DEV_AC_FILE, DEV_AD_FILE, DEV_AE_FILE, DEV_AF_FILE, DEV_AG_FILE, DEV_AH_FILE, DEV_AI_FILE, DEV_AJ_FILE, DEV_AK_FILE, DEV_AL_FILE, DEV_AM_FILE, DEV_AN_FILE, DEV_AO_FILE, DEV_AP_FILE, DEV_AQ_FILE, DEV_AR_FILE, DEV_AS_FILE]);
  wellFormed('dev-au', DEV_AU_FILE, 'dau', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE, DEV_AB_FILE, DEV_AC_FILE, DEV_AD_FILE, DEV_AE_FILE, DEV_AF_FILE, DEV_AG_FILE, DEV_AH_FILE, DEV_AI_FILE, DEV_AJ_FILE, DEV_AK_FILE, DEV_AL_FILE, DEV_AM_FILE, DEV_AN_FILE, DEV_AO_FILE, DEV_AP_FILE, DEV_AQ_FILE, DEV_AR_FILE, DEV_AS_FILE, DEV_AT_FILE]);
  wellFormed('dev-av', DEV_AV_FILE, 'dav', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE, DEV_AB_FILE, DEV_AC_FILE, DEV_AD_FILE, DEV_AE_FILE, DEV_AF_FILE, DEV_AG_FILE, DEV_AH_FILE, DEV_AI_FILE, DEV_AJ_FILE, DEV_AK_FILE, DEV_AL_FILE, DEV_AM_FILE, DEV_AN_FILE, DEV_AO_FILE, DEV_AP_FILE, DEV_AQ_FILE, DEV_AR_FILE, DEV_AS_FILE, DEV_AT_FILE, DEV_AU_FILE]);
  wellFormed('dev-aw', DEV_AW_FILE, 'daw', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE, DEV_AB_FILE, DEV_AC_FILE, DEV_AD_FILE, DEV_AE_FILE, DEV_AF_FILE, DEV_AG_FILE, DEV_AH_FILE, DEV_AI_FILE, DEV_AJ_FILE, DEV_AK_FILE, DEV_AL_FILE, DEV_AM_FILE, DEV_AN_FILE, DEV_AO_FILE, DEV_AP_FILE, DEV_AQ_FILE, DEV_AR_FILE, DEV_AS_FILE, DEV_AT_FILE, DEV_AU_FILE, DEV_AV_FILE]);
  wellFormed('dev-ax', DEV_AX_FILE, 'dax', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE, DEV_AB_FILE, DEV_AC_FILE, DEV_AD_FILE, DEV_AE_FILE, DEV_AF_FILE, DEV_AG_FILE, DEV_AH_FILE, DEV_AI_FILE, DEV_AJ_FILE, DEV_AK_FILE, DEV_AL_FILE, DEV_AM_FILE, DEV_AN_FILE, DEV_AO_FILE, DEV_AP_FILE, DEV_AQ_FILE, DEV_AR_FILE, DEV_AS_FILE, DEV_AT_FILE, DEV_AU_FILE, DEV_AV_FILE, DEV_AW_FILE]);
  wellFormed('dev-ay', DEV_AY_FILE, 'day', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE, DEV_AB_FILE, DEV_AC_FILE, DEV_AD_FILE, DEV_AE_FILE, DEV_AF_FILE, DEV_AG_FILE, DEV_AH_FILE, DEV_AI_FILE, DEV_AJ_FILE, DEV_AK_FILE, DEV_AL_FILE, DEV_AM_FILE, DEV_AN_FILE, DEV_AO_FILE, DEV_AP_FILE, DEV_AQ_FILE, DEV_AR_FILE, DEV_AS_FILE, DEV_AT_FILE, DEV_AU_FILE, DEV_AV_FILE, DEV_AW_FILE, DEV_AX_FILE]);
  wellFormed('dev-az', DEV_AZ_FILE, 'daz', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE, DEV_AB_FILE, DEV_AC_FILE, DEV_AD_FILE, DEV_AE_FILE, DEV_AF_FILE, DEV_AG_FILE, DEV_AH_FILE, DEV_AI_FILE, DEV_AJ_FILE, DEV_AK_FILE, DEV_AL_FILE, DEV_AM_FILE, DEV_AN_FILE, DEV_AO_FILE, DEV_AP_FILE, DEV_AQ_FILE, DEV_AR_FILE, DEV_AS_FILE, DEV_AT_FILE, DEV_AU_FILE, DEV_AV_FILE, DEV_AW_FILE, DEV_AX_FILE, DEV_AY_FILE]);
  wellFormed('dev-ba', DEV_BA_FILE, 'dba', [DEV_FILE, DEV_B_FILE, DEV_C_FILE, DEV_D_FILE, DEV_E_FILE, DEV_F_FILE, DEV_G_FILE, DEV_H_FILE, DEV_I_FILE, DEV_J_FILE, DEV_K_FILE, DEV_L_FILE, DEV_M_FILE, DEV_N_FILE, DEV_O_FILE, DEV_P_FILE, DEV_Q_FILE, DEV_R_FILE, DEV_S_FILE, DEV_T_FILE, DEV_U_FILE, DEV_V_FILE, DEV_W_FILE, DEV_X_FILE, DEV_Y_FILE, DEV_Z_FILE, DEV_AA_FILE, DEV_AB_FILE, DEV_AC_FILE, DEV_AD_FILE, DEV_AE_FILE, DEV_AF_FILE, DEV_AG_FILE, DEV_AH_FILE, DEV_AI_FILE, DEV_AJ_FILE, DEV_AK_FILE, DEV_AL_FILE, DEV_AM_FILE, DEV_AN_FILE, DEV_AO_FILE, DEV_AP_FILE, DEV_AQ_FILE, DEV_AR_FILE, DEV_AS_FILE, DEV_AT_FILE, DEV_AU_FILE, DEV_AV_FILE, DEV_AW_FILE, DEV_AX_FILE, DEV_AY_FILE, DEV_AZ_FILE]);

  it('offline answers on the dev set stay answer-first, short, in the question language, with no wrong fact', () => {
    const { summary } = runQuestionSet(ds, loadQuestions(DEV_FILE));
    expect(summary.wrong_facts).toBe(0);
    expect(summary.language_match).toBe(1);
    expect(summary.median_lines).toBeLessThanOrEqual(12);
    expect(summary.correct_and_first).toBeGreaterThanOrEqual(0.75);
  });
});
