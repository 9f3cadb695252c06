/** Above this many actors, a network is large: laid out coarse to fine, in a worker, and drawn on a canvas. */
export const LARGE_NETWORK = 300;
