/**
 * A table row is read as one block whose cells are joined by this, so a row
 * keeps its context ("SpaceX | 300+ MW") and its header's units can be found
 * again by cell index.
 */
export const CELL_SEPARATOR = ' | ';
