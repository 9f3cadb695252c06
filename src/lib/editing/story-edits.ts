import type { GraphFile, StoryStep } from '$lib/model/schema';
import { uniqueId } from './unique-id';

/**
 * Changes to a graph's story, each a pure `graph -> graph`. Steps are told
 * by their place in the story, from 0. The schema wants at least one step
 * where a story is given: deleting the last one leaves the graph without a
 * story, told again by the steps made from its relation types.
 */

/** The ids the story's steps already have. */
function stepIds(story: readonly StoryStep[]): Set<string> {
	return new Set(story.flatMap((step) => (step.id ? [step.id] : [])));
}

/** A step's id made from its title, unlike every other step's: `russia-pact-2`. */
export function newStepId(title: string, story: readonly StoryStep[], except?: number): string {
	const others = story.filter((_, i) => i !== except);
	return uniqueId(title, stepIds(others), 'step');
}

/** The graph with the steps given as its story: a graph told by its generated steps starts its own. */
export function startStory(graph: GraphFile, steps: readonly StoryStep[]): GraphFile {
	if (graph.story || steps.length === 0) return graph;
	const story: StoryStep[] = [];
	for (const step of steps) story.push({ ...step, id: newStepId(step.id ?? step.title, story) });
	return { ...graph, story };
}

/** The graph with a new step after step `after` (at the end when not given), its id from its title. */
export function addStep(graph: GraphFile, step: StoryStep, after?: number): GraphFile {
	const story = graph.story ?? [];
	const at = after === undefined ? story.length : after + 1;
	const added = { ...step, id: newStepId(step.title, story) };
	return { ...graph, story: [...story.slice(0, at), added, ...story.slice(at)] };
}

/** The graph with a copy of step `index` right after it, under an id of its own. */
export function duplicateStep(graph: GraphFile, index: number): GraphFile {
	const step = graph.story?.[index];
	if (!step) return graph;
	return addStep(graph, structuredClone(step), index);
}

/** The graph without step `index`; without its last step, the graph has no story of its own. */
export function deleteStep(graph: GraphFile, index: number): GraphFile {
	const story = graph.story;
	if (!story?.[index]) return graph;
	if (story.length === 1) {
		const rest = { ...graph };
		delete rest.story;
		return rest;
	}
	return { ...graph, story: story.filter((_, i) => i !== index) };
}

/** The graph with step `from` moved to place `to`, the others closing up around it. */
export function moveStep(graph: GraphFile, from: number, to: number): GraphFile {
	const story = graph.story;
	if (!story?.[from] || to < 0 || to >= story.length || from === to) return graph;
	const moved = [...story];
	const [step] = moved.splice(from, 1);
	moved.splice(to, 0, step);
	return { ...graph, story: moved };
}

/** Whether a step's id is the one its title gives (`aid`, or `aid-2` where `aid` was taken). */
function idFromTitle(step: StoryStep): boolean {
	const base = uniqueId(step.title, new Set(), 'step');
	return step.id === undefined || new RegExp(`^${base}(-\\d+)?$`).test(step.id);
}

/**
 * The graph with step `index` replaced. An id made from the step's title
 * follows a new title; an id of the analyst's own stays, unless another
 * step has it.
 */
export function updateStep(graph: GraphFile, index: number, step: StoryStep): GraphFile {
	const story = graph.story;
	if (!story?.[index]) return graph;
	const before = story[index];
	const retitled = step.title !== before.title && step.id === before.id && idFromTitle(before);
	const taken = stepIds(story.filter((_, i) => i !== index));
	const id =
		step.id && !taken.has(step.id) && !retitled ? step.id : newStepId(step.title, story, index);
	return { ...graph, story: story.map((s, i) => (i === index ? { ...step, id } : s)) };
}
