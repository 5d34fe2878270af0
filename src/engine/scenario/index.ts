export {
  FIELDS,
  FORM_SECTIONS,
  GROUPS,
  ITEM_FIELDS,
  PARTNER_FIELDS,
  PARTNER_FIELD_KEYS,
  UNCERTAINTY_FIELDS,
  fieldEntry,
  fieldsMovedBy,
  findField,
  isFieldPath,
  itemFieldPath,
  partnerFieldOf,
} from './fields';
export type {
  AnalysisUse,
  FieldEntry,
  FieldKind,
  FieldPath,
  FormPlacement,
  FormSection,
  GoalSeekPath,
  PartnerFieldKey,
  ReportGroup,
  RiskPath,
  SensitivityPath,
  SliderRange,
  UnitKey,
} from './fields';
export type { FieldProblem, IssueCode, IssueParams } from './issues';
export { readPath, writePath } from './path';
export type { PathKeys } from './path';
