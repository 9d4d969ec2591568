import { useMutation, useQuery } from '@apollo/client/react';
import { MyNotificationSettingsQuery, UpdateMyNotificationSettingsMutation } from '../graphql/operations';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/error-message';
import { Skeleton } from '../ui/skeleton';
import { NotificationSettingsForm } from './notification-settings-form';

/** The user's profile: who they are, and their mobile number and notice channels (issue 17 item 7). */
export default function ProfilePage() {
  const { t } = useI18n();
  const me = useQuery(MyNotificationSettingsQuery, { fetchPolicy: 'cache-and-network' });
  const [save, saving] = useMutation(UpdateMyNotificationSettingsMutation);
  const user = me.data?.me;
  return (
    <section className="page" aria-labelledby="profile-title">
      <div className="page__head">
        <h1 id="profile-title">{t('profile.title')}</h1>
        {user && (
          <p className="muted">
            {user.displayName} ({user.username})
          </p>
        )}
      </div>
      <ErrorMessage error={user ? undefined : me.error} onRetry={() => void me.refetch()} />
      {!user ? (
        me.loading && <Skeleton lines={4} label={t('app.loading')} />
      ) : (
        <div className="panel">
          <NotificationSettingsForm
            key={user.id}
            value={user}
            hasEmail={Boolean(user.email)}
            by="self"
            title={t('profile.notices')}
            onSave={(input) => save({ variables: { input } })}
            saving={saving.loading}
            error={saving.error}
          />
        </div>
      )}
    </section>
  );
}
