package io.hibermongo.it.id.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.bson.types.ObjectId;

/** An {@code ObjectId} id generated on the client by {@code @GeneratedValue}. */
@Entity(name = "Photo")
public class Photo {

	@Id
	@GeneratedValue
	private ObjectId id;

	private String caption;

	protected Photo() {
	}

	public Photo(String caption) {
		this.caption = caption;
	}

	public ObjectId getId() {
		return id;
	}

	public String getCaption() {
		return caption;
	}
}
