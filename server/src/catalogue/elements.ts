// The element catalogue, in the order sections are expected in a plan (and
// in which quick fixes and templates insert them). One file per element in
// elements/; ids are public (diagnostics, config, comments, JSON, docs).

import type { ElementDefinition } from './types.js';
import { goals } from './elements/goals.js';
import { dueDiligence } from './elements/due-diligence.js';
import { commitment } from './elements/commitment.js';
import { followUp } from './elements/follow-up.js';
import { addedValue } from './elements/added-value.js';
import { accessibility } from './elements/accessibility.js';
import { relationship } from './elements/relationship.js';
import { supplierLeverage } from './elements/supplier-leverage.js';
import { fairPurchasing } from './elements/fair-purchasing.js';
import { intermediaries } from './elements/intermediaries.js';
import { riskIdentification } from './elements/risk-identification.js';
import { structuralDialogue } from './elements/structural-dialogue.js';
import { broaderContext } from './elements/broader-context.js';

export const ELEMENTS: readonly ElementDefinition[] = [
  goals,
  dueDiligence,
  commitment,
  followUp,
  addedValue,
  accessibility,
  relationship,
  supplierLeverage,
  fairPurchasing,
  intermediaries,
  riskIdentification,
  structuralDialogue,
  broaderContext,
];
