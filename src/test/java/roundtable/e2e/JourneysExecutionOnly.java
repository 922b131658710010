package roundtable.e2e;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A journey named with {@code -Dit.test} would also run in Failsafe's "servers" execution (the
 * name overrides each execution's includes): skipped there before its app or browser starts.
 * An extension rather than {@code @DisabledIfSystemProperty}, because extensions are inherited.
 */
class JourneysExecutionOnly implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return "servers".equals(System.getProperty("roundtable.it.execution"))
                ? ConditionEvaluationResult.disabled("runs in the journeys execution")
                : ConditionEvaluationResult.enabled("journeys execution");
    }
}
