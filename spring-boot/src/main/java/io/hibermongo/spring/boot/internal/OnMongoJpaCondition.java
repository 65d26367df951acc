package io.hibermongo.spring.boot.internal;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@link MongoJpaActivation} says the JPA persistence unit lives on MongoDB. */
public final class OnMongoJpaCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		if ( MongoJpaActivation.active( context.getEnvironment() ) ) {
			return ConditionOutcome.match( "the JPA persistence unit is on MongoDB" );
		}
		return ConditionOutcome.noMatch( "a relational database is configured and no MongoDB connection is" );
	}
}
