package io.hibermongo.dialect.internal.id;

import java.util.EnumSet;

import org.bson.types.ObjectId;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.generator.EventTypeSets;

/**
 * A new {@link ObjectId} per insert, made on the client: MongoDB's own id, unique without any round
 * trip. For a {@code String} id, its 24-digit hex form.
 */
final class ObjectIdGenerator implements BeforeExecutionGenerator {

	private final boolean hex;

	ObjectIdGenerator(boolean hex) {
		this.hex = hex;
	}

	@Override
	public Object generate(SharedSessionContractImplementor session, Object owner, Object currentValue, EventType eventType) {
		ObjectId id = new ObjectId();
		return hex ? id.toHexString() : id;
	}

	@Override
	public EnumSet<EventType> getEventTypes() {
		return EventTypeSets.INSERT_ONLY;
	}
}
