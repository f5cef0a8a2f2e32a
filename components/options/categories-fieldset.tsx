import type { Categories } from '@/lib/settings/schema';
import { t, type MessageKey } from '@/components/shared/i18n';

const CATEGORIES: ReadonlyArray<[keyof Categories, MessageKey]> = [
  ['entities', 'options_category_entities'],
  ['figures', 'options_category_figures'],
  ['matches', 'options_category_matches'],
  ['mismatches', 'options_category_mismatches'],
  ['conflicts', 'options_category_conflicts'],
];

/** Which kinds of highlight the content script paints. */
export function CategoriesFieldset({ categories, onChange }: { categories: Categories; onChange(next: Categories): void }) {
  return (
    <fieldset className="categories">
      <legend>{t('options_categories')}</legend>
      {CATEGORIES.map(([key, label]) => (
        <label key={key} className={`category category-${key}`}>
          <input type="checkbox" checked={categories[key]} onChange={(event) => onChange({ ...categories, [key]: event.target.checked })} />
          {t(label)}
        </label>
      ))}
    </fieldset>
  );
}
