/** The demo users by role; a click signs in as that user. */
import { Loading, QueryError } from '../../components/query-state'
import { t } from '../../i18n'
import { groupDemoUsers } from './demo-users'
import { useDemoUsers } from './queries'
import { useLogin } from './session'

export function DemoLogin() {
  const users = useDemoUsers()
  const login = useLogin()

  if (users.isPending) return <Loading />
  if (users.isError) return <QueryError error={users.error} />
  const groups = groupDemoUsers(users.data)
  return (
    <>
      {login.isError ? <QueryError error={login.error} title={t('auth:failed')} /> : null}
      <div className="login-groups">
        {groups.map((group) => (
          <section className="card login-group" key={group.role} aria-labelledby={`rolle-${group.role}`}>
            <h3 id={`rolle-${group.role}`}>{group.title}</h3>
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
