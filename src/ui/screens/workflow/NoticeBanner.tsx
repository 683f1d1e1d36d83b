import type { Translate } from '../../../i18n/index.js';
import { Banner } from '../../components/Banner.js';
import { describeNotice, type WorkflowNotice } from '../../stores/workflow-notice.js';

/** Props of {@link NoticeBanner}. */
export interface NoticeBannerProps {
  notice: WorkflowNotice | null;
  t: Translate;
}

/** Render a workflow store's notice through the app's one Banner component. */
export function NoticeBanner({ notice, t }: NoticeBannerProps) {
  if (notice === null) return null;
  return <Banner kind={notice.kind} message={describeNotice(notice, t)} t={t} />;
}
