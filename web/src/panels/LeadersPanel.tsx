/**
 * Who led each selected country in the selected month: the head of the party and of the
 * government, and, in a month when one changed, both holders with the day of the change. The
 * head of state is folded away under a disclosure, so that the two main roles stay uncluttered.
 */
import type { Country, Role, Tenure } from '@thaw/data/schema';
import { formatDay } from '../format/dates';
import { monthKey, monthLabel } from '../time/months';

const MAIN_ROLES: { role: Role; label: string }[] = [
  { role: 'party', label: 'Party' },
  { role: 'government', label: 'Government' },
];
const STATE_ROLE: { role: Role; label: string }[] = [{ role: 'state', label: 'Head of state' }];

export interface LeadersPanelProps {
  month: number;
  countries: readonly Pick<Country, 'id' | 'name'>[];
  /** Tenures of any time: the panel shows those in office at some time during the month. */
  tenures: readonly Tenure[];
}

export function LeadersPanel({ month, countries, tenures }: LeadersPanelProps) {
  // ISO days compare as strings; day 31 follows every day of any month and precedes the next.
  const first = `${monthKey(month)}-01`;
  const last = `${monthKey(month)}-31`;
  const inMonth = tenures.filter(
    (tenure) => tenure.start <= last && (tenure.end === null || tenure.end >= first),
  );
  return (
    <section className="panel-section" aria-labelledby="leaders-heading">
      <h2 id="leaders-heading" className="panel-heading">
        Who led, {monthLabel(month)}
      </h2>
      {countries.map((country) => (
        <div key={country.id} className="leaders-country" data-testid={`leaders-${country.id}`}>
          <h3 className="leaders-country-name">{country.name}</h3>
          <Roles roles={MAIN_ROLES} country={country.id} tenures={inMonth} />
          <details className="leaders-state" data-testid={`leaders-state-${country.id}`}>
            <summary>Head of state</summary>
            <Roles roles={STATE_ROLE} country={country.id} tenures={inMonth} />
          </details>
        </div>
      ))}
    </section>
  );
}

function Roles({
  roles,
  country,
  tenures,
}: {
  roles: readonly { role: Role; label: string }[];
  country: string;
  tenures: readonly Tenure[];
}) {
  return (
    <dl className="leaders-roles">
      {roles.map(({ role, label }) => {
        const held = tenures
          .filter((tenure) => tenure.country === country && tenure.role === role)
          .sort((a, b) => a.start.localeCompare(b.start));
        return (
          <div key={role} className="leaders-role">
            <dt>{label}</dt>
            {held.length === 0 ? (
              <dd className="muted">not recorded</dd>
            ) : (
              held.map((tenure, index) => (
                <dd key={tenure.start}>
                  <span className={tenure.vacant ? 'leader-name vacant' : 'leader-name'}>
                    {tenure.person ?? 'Vacant'}
                  </span>
                  {held.length > 1 && (
                    <span className="leader-change">
                      {' '}
                      {index === 0
                        ? `until ${formatDay(tenure.end ?? tenure.start)}`
                        : `from ${formatDay(tenure.start)}`}
                    </span>
                  )}
                  <span className="leader-office">{tenure.office}</span>
                </dd>
              ))
            )}
          </div>
        );
      })}
    </dl>
  );
}
