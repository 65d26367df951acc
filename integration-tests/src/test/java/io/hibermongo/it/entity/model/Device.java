package io.hibermongo.it.entity.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.bson.types.ObjectId;

/** An entity identified by a MongoDB {@link ObjectId} the application assigns; collection {@value #COLLECTION}. */
@Entity
public class Device {

	/** The collection (the table name) the dialect stores devices in. */
	public static final String COLLECTION = "Device";

	@Id
	private ObjectId id;

	private String label;

	protected Device() {
	}

	public Device(ObjectId id, String label) {
		this.id = id;
		this.label = label;
	}

	public ObjectId getId() {
		return id;
	}

	public String getLabel() {
		return label;
	}
}
