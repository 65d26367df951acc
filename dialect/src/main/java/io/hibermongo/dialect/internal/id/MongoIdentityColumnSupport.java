package io.hibermongo.dialect.internal.id;

import org.hibernate.dialect.identity.IdentityColumnSupportImpl;

/**
 * IDENTITY ids: the insert takes the id from the collection's counter
 * (<code>{_id: "&lt;collection&gt;._id"}</code> in the counter collection) as it runs, and hands it back
 * through {@code getGeneratedKeys()}, which is how Hibernate reads identity values.
 */
public final class MongoIdentityColumnSupport extends IdentityColumnSupportImpl {

	@Override
	public boolean supportsIdentityColumns() {
		return true;
	}

	@Override
	public String getIdentityColumnString(int type) {
		return "";
	}
}
