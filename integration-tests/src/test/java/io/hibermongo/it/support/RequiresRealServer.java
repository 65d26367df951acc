package io.hibermongo.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Marks a test (or test class) that needs a real MongoDB server: it is tagged {@code real-server} and
 * skipped, with {@link #value() the reason} printed, when the tests run on the embedded mongo-java-server.
 * Use it only for what the embedded server cannot do (transactions, {@code $jsonSchema}, collation,
 * aggregation operators it lacks), never to hide a failure.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Tag("real-server")
@ExtendWith(RequiresRealServer.OnRealServerOnly.class)
public @interface RequiresRealServer {

	/** What the embedded server lacks that the test needs, printed when the test is skipped. */
	String value();

	/** Disables the annotated test on the embedded server. */
	final class OnRealServerOnly implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			return context.getElement()
					.flatMap( element -> AnnotationSupport.findAnnotation( element, RequiresRealServer.class ) )
					.filter( annotation -> TestServer.isEmbedded() )
					.map( annotation -> skip( context, annotation ) )
					.orElseGet( () -> ConditionEvaluationResult.enabled( "no embedded-server restriction applies" ) );
		}

		private static ConditionEvaluationResult skip(ExtensionContext context, RequiresRealServer annotation) {
			String reason = "needs a real MongoDB server: " + annotation.value();
			System.out.println( "[hibermongo-it] skipped " + context.getDisplayName() + " — " + reason );
			return ConditionEvaluationResult.disabled( reason );
		}
	}
}
