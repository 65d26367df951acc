package io.hibermongo.gridfs;

import java.util.List;

/**
 * What one {@link OrphanSweep} did.
 *
 * @param examined the LOB files old enough to be swept, over all buckets
 * @param deleted the ids of the files deleted because no document referenced them
 */
public record SweepReport(long examined, List<Object> deleted) {

	public SweepReport {
		deleted = List.copyOf( deleted );
	}
}
