import { Box, Text } from 'ink';
import type { Translate } from '../../i18n/index.js';

/** Kind of banner message. Each kind has its own colour and prefix word. */
export type BannerKind = 'error' | 'warning' | 'info' | 'success';

/** Props of {@link Banner}. */
export interface BannerProps {
  kind: BannerKind;
  /** Text in the user's language, e.g. from describeError. Null renders nothing. */
  message: string | null;
  t: Translate;
}

const BANNER_COLORS: Readonly<Record<BannerKind, string>> = {
  error: 'red',
  warning: 'yellow',
  info: 'cyan',
  success: 'green',
};

/**
 * Render an error or notice. Every screen uses this one component for both. The prefix word
 * (错误, 提示 ...) carries the kind, so the banner reads the same on a terminal without colour.
 */
export function Banner({ kind, message, t }: BannerProps) {
  if (message === null || message === '') return null;

  return (
    <Box>
      <Text color={BANNER_COLORS[kind]} bold>
        [{t(`banner.${kind}`)}]
      </Text>
      <Text> {message}</Text>
    </Box>
  );
}
