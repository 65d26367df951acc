package io.hibermongo.spring.boot.internal;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when a MongoDB URL is given where Boot 4's {@code MongoAutoConfiguration} does not look (the JPA
 * URL, or Boot 3's {@code spring.data.mongodb.uri}) and {@code spring.mongodb.uri} / {@code .host} are unset.
 */
public final class OnUrlOutsideBootPropertiesCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		if ( MongoJpaActivation.bootMongoPropertiesSet( environment ) ) {
			return ConditionOutcome.noMatch( "spring.mongodb.* names the MongoDB connection" );
		}
		String url = url( environment );
		return url == null ? ConditionOutcome.noMatch( "no MongoDB URL outside spring.mongodb.*" )
				: ConditionOutcome.match( "a MongoDB URL outside spring.mongodb.*" );
	}

	/** The JPA URL if it is a MongoDB URL, else {@code spring.data.mongodb.uri}, else null. */
	public static String url(Environment environment) {
		String jpaUrl = MongoJpaActivation.jpaUrl( environment );
		if ( jpaUrl != null && MongoJpaActivation.isMongoUrl( jpaUrl ) ) {
			return jpaUrl;
		}
		return environment.getProperty( MongoJpaActivation.LEGACY_URI );
	}
}
