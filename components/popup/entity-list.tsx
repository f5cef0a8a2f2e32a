import { t } from '@/components/shared/i18n';
import { entityKindLabel } from './labels';
import type { FoundEntity } from './page-figures';

/** The companies, sites and products the page names, each once. */
export function EntityList({ entities }: { entities: FoundEntity[] }) {
  if (entities.length === 0) return null;
  return (
    <section className="section" aria-labelledby="entities-heading">
      <h2 id="entities-heading">{t('popup_entities_heading')}</h2>
      <ul className="entity-list">
        {entities.map((entity) => (
          <li key={entity.id}>
            {entity.name} <span className="muted">({entityKindLabel(entity.kind)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
