import { useStdout } from 'ink';
import { useEffect, useState } from 'react';
import { App, type AppProps } from './app.js';

/** The app at the terminal's size, laid out again on every resize. */
export function Root(props: Omit<AppProps, 'width' | 'height'>) {
  const { stdout } = useStdout();
  const measure = () => ({ width: stdout.columns || 80, height: stdout.rows || 24 });
  const [size, setSize] = useState(measure);
  useEffect(() => {
    const onResize = () => setSize(measure());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return <App {...props} width={size.width} height={size.height} />;
}
