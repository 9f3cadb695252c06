import type { PartialDate } from '$lib/model/partial-date';
import { toggled, type RelationFilter } from '$lib/model/relation-filter';
import type { RelationStatus } from '$lib/model/schema';

/** What the analyst hides: relation types, statuses, and what was not in force as of a date. */
export class ViewFilters {
	hiddenTypes: ReadonlySet<string> = $state.raw(new Set());
	hiddenStatuses: ReadonlySet<RelationStatus> = $state.raw(new Set());
	/**
	 * The date the network is shown as of: relations not yet begun or already
	 * ended then are hidden. `undefined`: the graph's own as-of date, with
	 * every relation the file gives.
	 */
	asOf: PartialDate | undefined = $state.raw(undefined);
	/** The filter as the stage takes it. */
	filter: RelationFilter = $derived({
		hiddenTypes: this.hiddenTypes,
		hiddenStatuses: this.hiddenStatuses,
		asOf: this.asOf
	});

	toggleType(typeId: string): void {
		this.hiddenTypes = toggled(this.hiddenTypes, typeId);
	}

	toggleStatus(status: RelationStatus): void {
		this.hiddenStatuses = toggled(this.hiddenStatuses, status);
	}

	/** Shows the network as of a date (`undefined`: the graph's own as-of date). */
	setAsOf(asOf: PartialDate | undefined): void {
		this.asOf = asOf;
	}

	/** Shows exactly what `filter` says, as a shared address asks. */
	show(filter: Partial<RelationFilter>): void {
		this.hiddenTypes = new Set(filter.hiddenTypes ?? []);
		this.hiddenStatuses = new Set(filter.hiddenStatuses ?? []);
		this.asOf = filter.asOf;
	}
}
