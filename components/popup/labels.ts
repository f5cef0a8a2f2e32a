import type { FigureKind, Status } from '@/lib/analyze/types';
import type { EntityKind } from '@/lib/dataset/schema';
import { t } from '@/components/shared/i18n';

/** What a figure measures, as a short label. */
export function kindLabel(kind: FigureKind): string {
  switch (kind) {
    case 'power':
      return t('popup_kind_power');
    case 'gpus':
      return t('popup_kind_gpus');
    case 'chips':
      return t('popup_kind_chips');
    case 'money':
      return t('popup_kind_money');
    case 'duration':
      return t('popup_kind_duration');
    case 'count':
      return t('popup_kind_count');
    case 'date':
      return t('popup_kind_date');
    default:
      return kind satisfies never;
  }
}

/** A figure's verdict against the reference. */
export function statusLabel(status: Status): string {
  switch (status) {
    case 'match':
      return t('popup_status_match');
    case 'mismatch':
      return t('popup_status_mismatch');
    case 'unverified':
      return t('popup_status_unverified');
    default:
      return status satisfies never;
  }
}

export function entityKindLabel(kind: string): string {
  switch (kind as EntityKind) {
    case 'company':
      return t('popup_entity_company');
    case 'facility':
      return t('popup_entity_facility');
    case 'place':
      return t('popup_entity_place');
    case 'product':
      return t('popup_entity_product');
    case 'person':
      return t('popup_entity_person');
    default:
      // Entity hits carry the kind as a plain string; an unknown one is shown as given.
      return kind;
  }
}
