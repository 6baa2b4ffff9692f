/** The demo users by role; a click signs in as that user. */
import { useQuery } from '@tanstack/react-query'
import { Loading, QueryError } from '../../components/query-state'
import { useTRPC } from '../../trpc'
import { groupDemoUsers } from './demo-users'
import { useLogin } from './session'

export function DemoLogin() {
  const trpc = useTRPC()
  const users = useQuery(trpc.auth.demoUsers.queryOptions())
  const login = useLogin()

  if (users.isPending) return <Loading />
  if (users.isError) return <QueryError error={users.error} />
  const groups = groupDemoUsers(users.data)
  if (groups.length === 0) {
    return (
      <div className="state state-empty" role="status">
        <p className="state-title">Die Demo-Anmeldung ist abgeschaltet.</p>
        <p>
          Dieser Server wurde ohne Demo-Modus gestartet, und eine andere Anmeldung ist noch nicht
          eingerichtet. Bitte wenden Sie sich an den Betrieb des Leitstands.
        </p>
      </div>
    )
  }
  return (
    <>
      {login.isError ? <QueryError error={login.error} title="Die Anmeldung ist fehlgeschlagen." /> : null}
      <div className="login-groups">
        {groups.map((group) => (
          <section className="card login-group" key={group.role} aria-labelledby={`rolle-${group.role}`}>
            <h2 id={`rolle-${group.role}`}>{group.title}</h2>
            <ul className="login-list">
              {group.users.map((user) => (
                <li key={user.id}>
                  <button
                    type="button"
                    className="login-user"
                    disabled={login.isPending}
                    onClick={() => login.mutate({ userId: user.id })}
                  >
                    {user.name}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  )
}
