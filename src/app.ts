// PLACEHOLDER — owned by the operations helper: composes dataset, core, store, adapters, briefings, HTTP.
export {};
