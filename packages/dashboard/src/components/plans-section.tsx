// Plans: the deploy plan and the plan of a running job, each with its phases and steps, and the
// interrupt/continue buttons.
import type { Action } from '../model/actions';
import type { PlanView } from '../model/plans';
import { statusTone } from '../model/tone';
import { Badge } from './badge';
import { Section } from './section';

export function PlansSection(props: {
  readonly plans: readonly PlanView[];
  readonly error: string | undefined;
  readonly onAction: (action: Action) => void;
}) {
  return (
    <Section title="Plans" id="plans" error={props.error}>
      {props.plans.length === 0 ? (
        <p class="empty">No plans yet: the deploy plan appears once a configuration is accepted.</p>
      ) : null}
      {props.plans.map((p) => (
        <PlanCard key={p.name} plan={p} onAction={props.onAction} />
      ))}
    </Section>
  );
}

function PlanCard({
  plan,
  onAction,
}: {
  readonly plan: PlanView;
  readonly onAction: (action: Action) => void;
}) {
  return (
    <article class="plan" data-testid="plan" data-plan={plan.name}>
      <div class="plan-head">
        <span class="plan-name">{plan.name}</span>
        <Badge tone={statusTone(plan.status)} text={plan.status} testId="plan-status" />
        <span class="muted">{`${plan.completeSteps}/${plan.totalSteps} steps complete`}</span>
        <span class="spacer" />
        <button
          type="button"
          class="btn small"
          data-testid="plan-interrupt"
          disabled={!plan.canInterrupt}
          onClick={() => onAction({ kind: 'plan-interrupt', plan: plan.name })}
        >
          Interrupt
        </button>
        <button
          type="button"
          class="btn small"
          data-testid="plan-continue"
          disabled={!plan.canContinue}
          onClick={() => onAction({ kind: 'plan-continue', plan: plan.name })}
        >
          Continue
        </button>
      </div>
      {plan.focus ? <p class="plan-focus">{plan.focus}</p> : null}
      {plan.errors.map((e) => (
        <p key={e} class="plan-error">
          {e}
        </p>
      ))}
      {plan.phases.map((phase) => (
        <div key={phase.name} class="phase" data-testid="phase" data-phase={phase.name}>
          <div class="phase-head">
            <span class="phase-name">{phase.name}</span>
            <Badge tone={statusTone(phase.status)} text={phase.status} />
          </div>
          <ol class="steps">
            {phase.steps.map((step) => (
              <li
                key={step.name}
                class={`step tone-${statusTone(step.status)}`}
                data-testid="step"
                data-step={step.name}
                data-status={step.status}
                title={
                  step.message
                    ? `${step.name}: ${step.status} — ${step.message}`
                    : `${step.name}: ${step.status}`
                }
              >
                <span class="step-name">{step.name}</span>
                <span class="step-status">{step.status}</span>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </article>
  );
}
