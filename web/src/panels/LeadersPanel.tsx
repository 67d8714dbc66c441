/**
 * Who led each selected country in the selected month: the head of the party and of the
 * government, and, in a month when one changed, both holders with the day of the change. The
 * head of state is folded away under a disclosure, so that the two main roles stay uncluttered.
 */

import { i18n } from '@lingui/core';
import type { Country, Role, Tenure } from '@thaw/data/schema';
import { roleLabel } from '@thaw/i18n/vocabulary';
import { formatDay } from '../format/dates';
import { monthKey, monthLabel } from '../time/months';

const mainRoles = (): { role: Role; label: string }[] => [
  { role: 'party', label: roleLabel(i18n, 'party') },
  { role: 'government', label: roleLabel(i18n, 'government') },
];
const stateRole = (): { role: Role; label: string }[] => [
  { role: 'state', label: roleLabel(i18n, 'state') },
];

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
        {i18n._('leaders.heading', { month: monthLabel(month) })}
      </h2>
      {countries.map((country) => (
        <div key={country.id} className="leaders-country" data-testid={`leaders-${country.id}`}>
          <h3 className="leaders-country-name">{country.name}</h3>
          <Roles roles={mainRoles()} country={country.id} tenures={inMonth} />
          <details className="leaders-state" data-testid={`leaders-state-${country.id}`}>
            <summary>{roleLabel(i18n, 'state')}</summary>
            <Roles roles={stateRole()} country={country.id} tenures={inMonth} />
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
              <dd className="muted">{i18n._('leaders.notRecorded')}</dd>
            ) : (
              held.map((tenure, index) => (
                <dd key={tenure.start}>
                  <span
                    className={tenure.vacant ? 'leader-name vacant' : 'leader-name'}
                    lang={tenure.person ? 'en' : undefined}
                  >
                    {tenure.person ?? i18n._('leaders.vacant')}
                  </span>
                  {held.length > 1 && (
                    <span className="leader-change">
                      {' '}
                      {index === 0
                        ? i18n._('leaders.until', { day: formatDay(tenure.end ?? tenure.start) })
                        : i18n._('leaders.from', { day: formatDay(tenure.start) })}
                    </span>
                  )}
                  {/* Offices as the data words them: English, not yet translated. */}
                  <span className="leader-office" lang="en">
                    {tenure.office}
                  </span>
                </dd>
              ))
            )}
          </div>
        );
      })}
    </dl>
  );
}
