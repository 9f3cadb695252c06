/** A small valid graph for the storage tests: two actors, one relation with its evidence. */
export { smallGraph as testGraph } from '../../../tests/fixtures/graph-builders';
