/** The Admiralty code's words for a source's reliability, A to F. */
export const RELIABILITY: Record<string, string> = {
	A: 'completely reliable',
	B: 'usually reliable',
	C: 'fairly reliable',
	D: 'not usually reliable',
	E: 'unreliable',
	F: 'reliability cannot be judged'
};

/** The Admiralty code's words for the credibility of one piece of information, 1 to 6. */
export const CREDIBILITY: Record<number, string> = {
	1: 'confirmed by other sources',
	2: 'probably true',
	3: 'possibly true',
	4: 'doubtful',
	5: 'improbable',
	6: 'truth cannot be judged'
};
