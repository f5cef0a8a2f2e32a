/**
 * The columns the import reads from each of Epoch AI's files, by name
 * (`/work/shared/epoch/README.md` describes them). Any other column is
 * ignored, so a later export with more columns still imports.
 */

export const CLUSTER_COLUMNS = [
  'Name',
  'Status',
  'Certainty',
  'Chip type (primary)',
  'Chip quantity (primary)',
  'Total number of AI chips',
  'Power Capacity (MW)',
  'Owner',
  'Users',
  'Country',
  'Location',
  'First Operational Date',
  'Builds Upon',
] as const;

export const DATA_CENTER_COLUMNS = [
  'Handle',
  'Title',
  'Address',
  'Owner',
  'Users',
  'Investors',
  'Construction companies',
  'Energy companies',
  'Current power (MW)',
  'Current total capital cost (2025 USD billions)',
] as const;

export const TIMELINE_COLUMNS = ['Date', 'Data center', 'Power (MW)', 'Buildings operational', 'Total capital cost (2025 USD billions)'] as const;

export const GPU_CLUSTERS_URL = 'https://epoch.ai/data/gpu-clusters';
export const DATA_CENTERS_URL = 'https://epoch.ai/data/data-centers';
export const CC_BY_URL = 'https://creativecommons.org/licenses/by/4.0/';

/** The short credit the cards and the popup show, with a link to the data page. */
export const EPOCH_CREDIT = 'Epoch AI, CC BY 4.0';
