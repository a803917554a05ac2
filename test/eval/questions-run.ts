// Runs the offline path over a question set and scores every reply (see questions.ts). Development sets:
// dev, dev-b … dev-ba (dev-c onwards written blind); heldout is for measuring only.
import type { Dataset } from '../../src/dataset/dataset.js';
import { answerOffline } from '../../src/ask/router.js';
import { loadQuestions, scoreItem, summariseSet, type ItemResult, type QuestionItem, type SetSummary } from './questions.js';

export const DEV_FILE = new URL('./questions/dev.yaml', import.meta.url);
export const DEV_B_FILE = new URL('./questions/dev-b.yaml', import.meta.url);
export const DEV_C_FILE = new URL('./questions/dev-c.yaml', import.meta.url);
export const DEV_D_FILE = new URL('./questions/dev-d.yaml', import.meta.url);
export const DEV_E_FILE = new URL('./questions/dev-e.yaml', import.meta.url);
export const DEV_F_FILE = new URL('./questions/dev-f.yaml', import.meta.url);
export const DEV_G_FILE = new URL('./questions/dev-g.yaml', import.meta.url);
export const DEV_H_FILE = new URL('./questions/dev-h.yaml', import.meta.url);
export const DEV_I_FILE = new URL('./questions/dev-i.yaml', import.meta.url);
export const DEV_J_FILE = new URL('./questions/dev-j.yaml', import.meta.url);
export const DEV_K_FILE = new URL('./questions/dev-k.yaml', import.meta.url);
export const DEV_L_FILE = new URL('./questions/dev-l.yaml', import.meta.url);
export const DEV_M_FILE = new URL('./questions/dev-m.yaml', import.meta.url);
export const DEV_N_FILE = new URL('./questions/dev-n.yaml', import.meta.url);
export const DEV_O_FILE = new URL('./questions/dev-o.yaml', import.meta.url);
export const DEV_P_FILE = new URL('./questions/dev-p.yaml', import.meta.url);
export const DEV_Q_FILE = new URL('./questions/dev-q.yaml', import.meta.url);
export const DEV_R_FILE = new URL('./questions/dev-r.yaml', import.meta.url);
export const DEV_S_FILE = new URL('./questions/dev-s.yaml', import.meta.url);
export const DEV_T_FILE = new URL('./questions/dev-t.yaml', import.meta.url);
export const DEV_U_FILE = new URL('./questions/dev-u.yaml', import.meta.url);
export const DEV_V_FILE = new URL('./questions/dev-v.yaml', import.meta.url);
export const DEV_W_FILE = new URL('./questions/dev-w.yaml', import.meta.url);
export const DEV_X_FILE = new URL('./questions/dev-x.yaml', import.meta.url);
export const DEV_Y_FILE = new URL('./questions/dev-y.yaml', import.meta.url);
export const DEV_Z_FILE = new URL('./questions/dev-z.yaml', import.meta.url);
export const DEV_AA_FILE = new URL('./questions/dev-aa.yaml', import.meta.url);
export const DEV_AB_FILE = new URL('./questions/dev-ab.yaml', import.meta.url);
export const DEV_AC_FILE = new URL('./questions/dev-ac.yaml', import.meta.url);
export const DEV_AD_FILE = new URL('./questions/dev-ad.yaml', import.meta.url);
export const DEV_AE_FILE = new URL('./questions/dev-ae.yaml', import.meta.url);
export const DEV_AF_FILE = new URL('./questions/dev-af.yaml', import.meta.url);
export const DEV_AG_FILE = new URL('./questions/dev-ag.yaml', import.meta.url);
export const DEV_AH_FILE = new URL('./questions/dev-ah.yaml', import.meta.url);
export const DEV_AI_FILE = new URL('./questions/dev-ai.yaml', import.meta.url);
export const DEV_AJ_FILE = new URL('./questions/dev-aj.yaml', import.meta.url);
export const DEV_AK_FILE = new URL('./questions/dev-ak.yaml', import.meta.url);
export const DEV_AL_FILE = new URL('./questions/dev-al.yaml', import.meta.url);
export const DEV_AM_FILE = new URL('./questions/dev-am.yaml', import.meta.url);
export const DEV_AN_FILE = new URL('./questions/dev-an.yaml', import.meta.url);
export const DEV_AO_FILE = new URL('./questions/dev-ao.yaml', import.meta.url);
export const DEV_AP_FILE = new URL('./questions/dev-ap.yaml', import.meta.url);
export const DEV_AQ_FILE = new URL('./questions/dev-aq.yaml', import.meta.url);
export const DEV_AR_FILE = new URL('./questions/dev-ar.yaml', import.meta.url);
export const DEV_AS_FILE = new URL('./questions/dev-as.yaml', import.meta.url);
export const DEV_AT_FILE = new URL('./questions/dev-at.yaml', import.meta.url);
export const DEV_AU_FILE = new URL('./questions/dev-au.yaml', import.meta.url);
export const DEV_AV_FILE = new URL('./questions/dev-av.yaml', import.meta.url);
export const DEV_AW_FILE = new URL('./questions/dev-aw.yaml', import.meta.url);
export const DEV_AX_FILE = new URL('./questions/dev-ax.yaml', import.meta.url);
export const DEV_AY_FILE = new URL('./questions/dev-ay.yaml', import.meta.url);
export const DEV_AZ_FILE = new URL('./questions/dev-az.yaml', import.meta.url);
export const DEV_BA_FILE = new URL('./questions/dev-ba.yaml', import.meta.url);
/** The development sets in the order `npm run eval` reports them. */
export const DEV_SETS: readonly { name: string; file: URL }[] = [
  { name: 'dev', file: DEV_FILE }, { name: 'dev-b', file: DEV_B_FILE }, { name: 'dev-c', file: DEV_C_FILE },
  { name: 'dev-d', file: DEV_D_FILE }, { name: 'dev-e', file: DEV_E_FILE }, { name: 'dev-f', file: DEV_F_FILE },
  { name: 'dev-g', file: DEV_G_FILE }, { name: 'dev-h', file: DEV_H_FILE },
  { name: 'dev-i', file: DEV_I_FILE }, { name: 'dev-j', file: DEV_J_FILE }, { name: 'dev-k', file: DEV_K_FILE },
  { name: 'dev-l', file: DEV_L_FILE }, { name: 'dev-m', file: DEV_M_FILE },
  { name: 'dev-n', file: DEV_N_FILE }, { name: 'dev-o', file: DEV_O_FILE },
  { name: 'dev-p', file: DEV_P_FILE }, { name: 'dev-q', file: DEV_Q_FILE },
  { name: 'dev-r', file: DEV_R_FILE }, { name: 'dev-s', file: DEV_S_FILE },
  { name: 'dev-t', file: DEV_T_FILE }, { name: 'dev-u', file: DEV_U_FILE }, { name: 'dev-v', file: DEV_V_FILE }, { name: 'dev-w', file: DEV_W_FILE },
  { name: 'dev-x', file: DEV_X_FILE }, { name: 'dev-y', file: DEV_Y_FILE }, { name: 'dev-z', file: DEV_Z_FILE },
  { name: 'dev-aa', file: DEV_AA_FILE }, { name: 'dev-ab', file: DEV_AB_FILE }, { name: 'dev-ac', file: DEV_AC_FILE },
  { name: 'dev-ad', file: DEV_AD_FILE }, { name: 'dev-ae', file: DEV_AE_FILE },
  { name: 'dev-af', file: DEV_AF_FILE }, { name: 'dev-ag', file: DEV_AG_FILE }, { name: 'dev-ah', file: DEV_AH_FILE },
  { name: 'dev-ai', file: DEV_AI_FILE },
  { name: 'dev-aj', file: DEV_AJ_FILE },
  { name: 'dev-ak', file: DEV_AK_FILE },
  { name: 'dev-al', file: DEV_AL_FILE },
  { name: 'dev-am', file: DEV_AM_FILE },
  { name: 'dev-an', file: DEV_AN_FILE },
  { name: 'dev-ao', file: DEV_AO_FILE },
  { name: 'dev-ap', file: DEV_AP_FILE },
  { name: 'dev-aq', file: DEV_AQ_FILE },
  { name: 'dev-ar', file: DEV_AR_FILE },
  { name: 'dev-as', file: DEV_AS_FILE },
  { name: 'dev-at', file: DEV_AT_FILE },
  { name: 'dev-au', file: DEV_AU_FILE },
  { name: 'dev-av', file: DEV_AV_FILE },
  { name: 'dev-aw', file: DEV_AW_FILE },
  { name: 'dev-ax', file: DEV_AX_FILE },
  { name: 'dev-ay', file: DEV_AY_FILE },
  { name: 'dev-az', file: DEV_AZ_FILE },
  { name: 'dev-ba', file: DEV_BA_FILE },
];
export const HELDOUT_FILE = new URL('./questions/heldout.yaml', import.meta.url);

export function runQuestionSet(ds: Dataset, items: readonly QuestionItem[], now = new Date('2026-11-29T09:00:00Z')): { results: ItemResult[]; summary: SetSummary } {
  const results = items.map((item) => scoreItem(ds, item, answerOffline(item.q, { locale: item.locale, now, dataset: ds, services: {} })));
  return { results, summary: summariseSet(items, results) };
}

export function runQuestionFile(ds: Dataset, file: URL): { results: ItemResult[]; summary: SetSummary } {
  return runQuestionSet(ds, loadQuestions(file));
}
